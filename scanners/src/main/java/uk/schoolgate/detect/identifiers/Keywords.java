package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Context words and phrases, matched case-insensitively on word boundaries ("pin" does not match
 * "spinning", "nhs" matches "NHS:"). A space in a phrase matches any run of white space or one
 * hyphen or underscore ("date of birth" matches "Date-of-birth" and "date of\nbirth"), an
 * apostrophe matches the typographic one too, and a trailing plural "s" is accepted ("passwords",
 * "UPNs"). Phrases are bucketed by their first character so that scanning a window costs one
 * array look-up per character. Immutable and thread-safe.
 */
public final class Keywords {
    /** A phrase found at [start, end). */
    public record Hit(int start, int end, String phrase) {
    }

    private static final Keywords NONE = new Keywords(List.of());

    private final List<String> phrases;
    private final String[][] byFirstChar = new String[128][];
    /** Per first character: the second characters its phrases can continue with (ASCII bit set; bit 127 = any). */
    private final long[][] secondChars = new long[128][];
    private final String[] nonAscii;
    private final int longest;

    private Keywords(Collection<String> raw) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String phrase : raw) {
            String p = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                normalised.add(p);
            }
        }
        this.phrases = List.copyOf(normalised);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        List<String> other = new ArrayList<>();
        int max = 0;
        for (String p : phrases) {
            char first = p.charAt(0);
            if (first < 128) {
                buckets.get(first).add(p);
                if (first == '\'') {
                    other.add(p);
                }
            } else {
                other.add(p);
            }
            max = Math.max(max, p.length());
        }
        for (int i = 0; i < 128; i++) {
            if (!buckets.get(i).isEmpty()) {
                // Longest first, so "nhs number" wins over "nhs" at the same position.
                byFirstChar[i] = buckets.get(i).stream()
                        .sorted((a, b) -> Integer.compare(b.length(), a.length())).toArray(String[]::new);
                long[] mask = new long[2];
                for (String p : byFirstChar[i]) {
                    char second = p.length() > 1 ? p.charAt(1) : 127;
                    if (second >= 128 || second == ' ' || second == '\'' || p.length() == 1) {
                        second = 127; // matched loosely: always try
                    }
                    mask[second >> 6] |= 1L << (second & 63);
                }
                secondChars[i] = mask;
            }
        }
        this.nonAscii = other.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).toArray(String[]::new);
        this.longest = max;
    }

    public static Keywords of(Collection<String> phrases) {
        return phrases.isEmpty() ? NONE : new Keywords(phrases);
    }

    public static Keywords of(String... phrases) {
        return of(List.of(phrases));
    }

    public static Keywords none() {
        return NONE;
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Length of the longest phrase, for sizing look-behind windows. */
    public int longest() {
        return longest;
    }

    /** The first phrase that lies wholly inside [from, to), or null. */
    public Hit first(CharSequence text, int from, int to) {
        if (phrases.isEmpty()) {
            return null;
        }
        int lo = Math.max(0, from);
        int hi = Math.min(text.length(), to);
        boolean previousIsWord = lo > 0 && Chars.isWordChar(text.charAt(lo - 1));
        for (int i = lo; i < hi; i++) {
            char c = text.charAt(i);
            boolean word = Chars.isWordChar(c);
            // A phrase starting with a letter needs a word boundary before it: inside a word, skip.
            if (!(word && previousIsWord)) {
                Hit hit = matchAt(text, i, hi);
                if (hit != null) {
                    return hit;
                }
            }
            previousIsWord = word;
        }
        return null;
    }

    /** The phrase with the greatest start that lies wholly inside [from, to), or null. */
    public Hit last(CharSequence text, int from, int to) {
        if (phrases.isEmpty()) {
            return null;
        }
        int lo = Math.max(0, from);
        int hi = Math.min(text.length(), to);
        for (int i = hi - 1; i >= lo; i--) {
            if (i > 0 && Chars.isWordChar(text.charAt(i)) && Chars.isWordChar(text.charAt(i - 1))) {
                continue;
            }
            Hit hit = matchAt(text, i, hi);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    public boolean any(CharSequence text, int from, int to) {
        return first(text, from, to) != null;
    }

    /** Whether the whole of {@code cell} (trimmed) contains one of the phrases. */
    public boolean anyIn(CharSequence cell) {
        return cell != null && first(cell, 0, cell.length()) != null;
    }

    /** A phrase starting exactly at {@code at} and ending by {@code limit}, or null. */
    public Hit matchAt(CharSequence text, int at, int limit) {
        char c = text.charAt(at);
        char lower = lower(c);
        String[] candidates = lower < 128 ? byFirstChar[lower] : null;
        if (candidates != null && at + 1 < limit) {
            char next = lower(text.charAt(at + 1));
            long[] mask = secondChars[lower];
            if (next < 128 && (mask[next >> 6] & (1L << (next & 63))) == 0 && (mask[1] & (1L << 63)) == 0) {
                candidates = null; // no phrase in this bucket continues with that character
            }
        }
        if (candidates != null) {
            Hit hit = tryAll(candidates, text, at, limit);
            if (hit != null) {
                return hit;
            }
        }
        if (nonAscii.length > 0 && (lower >= 128 || c == '\'')) {
            return tryAll(nonAscii, text, at, limit);
        }
        return null;
    }

    private static Hit tryAll(String[] candidates, CharSequence text, int at, int limit) {
        for (String phrase : candidates) {
            int end = matchPhrase(text, at, limit, phrase);
            if (end >= 0) {
                return new Hit(at, end, phrase);
            }
        }
        return null;
    }

    /** End of {@code phrase} matched at {@code at}, or -1. */
    private static int matchPhrase(CharSequence text, int at, int limit, String phrase) {
        if (Chars.isWordChar(phrase.charAt(0)) && at > 0 && Chars.isWordChar(text.charAt(at - 1))) {
            return -1;
        }
        int i = at;
        for (int k = 0; k < phrase.length(); k++) {
            char p = phrase.charAt(k);
            if (i >= limit) {
                return -1;
            }
            char c = text.charAt(i);
            if (p == ' ') {
                if (c == '-' || c == '_') {
                    i++;
                    continue;
                }
                if (!Chars.isSpace(c)) {
                    return -1;
                }
                while (i < limit && Chars.isSpace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (p == '\'') {
                if (c != '\'' && c != '\u2019' && c != '\u2018') {
                    return -1;
                }
                i++;
                continue;
            }
            if (lower(c) != p) {
                return -1;
            }
            i++;
        }
        if (Chars.isWordChar(phrase.charAt(phrase.length() - 1)) && i < text.length() && Chars.isWordChar(text.charAt(i))) {
            // A plural "s" is still the word ("passwords", "UPNs"); anything longer is another word.
            char next = text.charAt(i);
            if ((next == 's' || next == 'S') && i + 1 <= limit
                    && (i + 1 >= text.length() || !Chars.isWordChar(text.charAt(i + 1)))) {
                return i + 1;
            }
            return -1;
        }
        return i;
    }

    private static char lower(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c < 128 ? c : Character.toLowerCase(c);
    }
}
