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

    /**
     * One written form: its pattern, its first word in lower case (a cheap test before the
     * case-insensitive search, which is slow over a long body), and its length (how far from the
     * end of a text a match that ends there can start).
     */
    private record Form(Pattern pattern, String firstWord, int length) {
    }

    private final List<Form> forms;

    private Phrase(List<Form> forms) {
        this.forms = forms;
    }

    /** The phrase in any of the given forms; null forms and blank forms are skipped. */
    static Phrase anyOf(String... forms) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String f : forms) {
            if (f != null && !f.isBlank()) {
                distinct.add(f);
            }
        }
        List<Form> written = new ArrayList<>();
        for (String f : distinct) {
            String[] words = f.strip().split(SPACE);
            StringBuilder regex = new StringBuilder();
            for (String w : words) {
                if (!regex.isEmpty()) {
                    regex.append(SPACE);
                }
                regex.append(Pattern.quote(w));
            }
            written.add(new Form(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    words[0].toLowerCase(java.util.Locale.ROOT), f.length()));
        }
        return new Phrase(List.copyOf(written));
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    boolean occursIn(CharSequence text) {
        String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
        for (Form f : forms) {
            if (lower.contains(f.firstWord()) && f.pattern().matcher(text).find()) {
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
        for (Form f : forms) {
            Matcher m = f.pattern().matcher(text);
            // A match that ends at the end starts within a few times the phrase's length of it
            // (white space runs may be longer than written): no need to search the whole body.
            int from = Math.max(0, end - f.length() * 4 - 256);
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
