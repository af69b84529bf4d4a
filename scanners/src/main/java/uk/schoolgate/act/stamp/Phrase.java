package uk.schoolgate.act.stamp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of stamp text (the disclaimer, the signature) to look for in a part, compared the way a
 * reader would: any run of whitespace (line breaks, tabs, no-break spaces) matches any other, and
 * case is ignored. It may be looked for in several written forms (as it is, as the part's charset
 * holds it, as a part that could not hold it was given it), so an earlier stamp is recognised.
 */
final class Phrase {
    private static final String SPACE = "[\\s\\p{Z}]+";
    private final List<Pattern> patterns;

    private Phrase(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The phrase in any of the given forms; null forms and blank forms are skipped. */
    static Phrase anyOf(String... forms) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String f : forms) {
            if (f != null && !f.isBlank()) {
                distinct.add(f);
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String f : distinct) {
            String[] words = f.strip().split(SPACE);
            StringBuilder regex = new StringBuilder();
            for (String w : words) {
                if (!regex.isEmpty()) {
                    regex.append(SPACE);
                }
                regex.append(Pattern.quote(w));
            }
            patterns.add(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new Phrase(List.copyOf(patterns));
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    boolean occursIn(CharSequence text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the phrase starts when the text ends with it (only whitespace after it), or -1.
     * {@code acceptStart} can reject a candidate (for example one on a "&gt;"-quoted line).
     */
    int endingAt(CharSequence text, IntPredicate acceptStart) {
        int end = trimmedEnd(text);
        int best = -1;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            int from = 0;
            while (from <= end && m.find(from)) {
                if (m.end() == end && acceptStart.test(m.start())) {
                    best = Math.max(best, m.start());
                }
                from = m.start() + 1;
            }
        }
        return best;
    }

    int endingAt(CharSequence text) {
        return endingAt(text, i -> true);
    }

    private static int trimmedEnd(CharSequence text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                break;
            }
            end--;
        }
        return end;
    }
}
