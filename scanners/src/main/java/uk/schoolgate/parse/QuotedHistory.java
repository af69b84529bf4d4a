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
    private static final Pattern INTRODUCTION = Pattern.compile(
            "(?im)^[ \\t]*(?:"
                    + "-{2,}\\s*(?:original message|forwarded message|weitergeleitete nachricht)\\s*-{2,}"
                    + "|begin forwarded message:"
                    + "|_{10,}[ \\t]*$"
                    + "|on\\b[^\\n]{0,200}?\\bwrote:[ \\t]*$"
                    + "|on\\b[^\\n]{0,200}\\n[^\\n]{0,200}?\\bwrote:[ \\t]*$"
                    + "|from:[ \\t]*[^\\n]+\\n(?:[ \\t]*[^\\n]*\\n){0,1}[ \\t]*(?:sent|date):"
                    + ")");
    private static final Pattern QUOTED_LINES = Pattern.compile("(?m)^>[^\\n]*(?:\\n>[^\\n]*)*");

    private QuotedHistory() {
    }

    /** The offset where quoted history starts, or {@code text.length()} when there is none. */
    public static int start(String text) {
        Matcher intro = INTRODUCTION.matcher(text);
        int best = text.length();
        if (intro.find()) {
            best = intro.start();
        }
        Matcher quoted = QUOTED_LINES.matcher(text);
        if (quoted.find() && quoted.start() < best) {
            best = quoted.start();
        }
        return best;
    }
}
