package uk.schoolgate.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the quoted history of a reply or forward begins in plain text: the line that
 * introduces it ("On 3 March, Jo wrote:", "-----Original Message-----", Outlook's
 * "From: ... Sent: ..." block, "---------- Forwarded message ---------") or, failing that, the
 * first run of "&gt;"-quoted lines. The signature goes above it; offensive language only counts
 * above it.
 */
public final class QuotedHistory {
    /** What an introduction line looks like, tried only at the start of lines that could begin one. */
    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?im)[ \\t]*(?:"
                    + "-{2,}\\s*(?:original message|forwarded message|weitergeleitete nachricht)\\s*-{2,}"
                    + "|begin forwarded message:"
                    + "|_{10,}[ \\t]*$"
                    + "|on\\b[^\\n]{0,200}?\\bwrote:[ \\t]*$"
                    + "|on\\b[^\\n]{0,200}\\n[^\\n]{0,200}?\\bwrote:[ \\t]*$"
                    + "|from:[ \\t]*[^\\n]+\\n(?:[ \\t]*[^\\n]*\\n){0,1}[ \\t]*(?:sent|date):"
                    + ")");

    private QuotedHistory() {
    }

    /** The offset where quoted history starts, or {@code text.length()} when there is none. */
    public static int start(String text) {
        int n = text.length();
        Matcher intro = INTRODUCTION.matcher(text);
        intro.useTransparentBounds(true);
        int lineStart = 0;
        while (lineStart < n) {
            int first = lineStart;
            while (first < n && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            if (first < n) {
                char c = text.charAt(first);
                if (c == '>') {
                    return lineStart; // the first "&gt;"-quoted line, with no introduction before it
                }
                // Only lines starting "-", "_", "b(egin)", "o(n)" or "f(rom)" can introduce history:
                // the regular expression runs on those alone, not at every character of a long body.
                if (isIntroductionStart(c)) {
                    intro.region(lineStart, n);
                    if (intro.lookingAt()) {
                        return lineStart;
                    }
                }
            }
            int nl = text.indexOf('\n', lineStart);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return n;
    }

    private static boolean isIntroductionStart(char c) {
        return c == '-' || c == '_' || c == 'b' || c == 'B' || c == 'o' || c == 'O' || c == 'f' || c == 'F';
    }
}
