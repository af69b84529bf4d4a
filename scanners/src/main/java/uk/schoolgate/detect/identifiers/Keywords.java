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
 * "UPNs"). Phrases are indexed by their first two characters, so scanning a text costs a table
 * look-up per character and a phrase comparison only where a phrase could start. Immutable and
 * thread-safe.
 */
public final class Keywords {
    /** A phrase found at [start, end). */
    public record Hit(int start, int end, String phrase) {
    }

    private static final Keywords NONE = new Keywords(List.of());
    private static final byte WORD = 1;
    private static final byte STARTS = 2;

    private final List<String> phrases;
    /**
     * Phrases by their first two characters (lower case; a space stands for any separator): most
     * positions in a text are rejected by two array look-ups without comparing any phrase.
     */
    private final String[][][] byFirstTwo = new String[128][][];
    /** Per first character, phrases to try whatever follows (one-character phrases, odd second characters). */
    private final String[][] always = new String[128][];
    /** Phrases that start with a character outside ASCII. */
    private final String[] nonAscii;
    private final int longest;
    /** Per ASCII character: {@link #WORD} if it is a letter or digit, {@link #STARTS} if a phrase can start with it. */
    private final byte[] table = new byte[128];

    private Keywords(Collection<String> raw) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String phrase : raw) {
            String p = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                    .replace('\u2019', '\'').replace('\u2018', '\'');
            if (!p.isEmpty()) {
                normalised.add(p);
            }
        }
        this.phrases = List.copyOf(normalised);
        List<String> other = new ArrayList<>();
        List<List<List<String>>> two = new ArrayList<>();
        List<List<String>> loose = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            two.add(null);
            loose.add(null);
        }
        int max = 0;
        for (String p : phrases) {
            max = Math.max(max, p.length());
            char first = p.charAt(0);
            if (first >= 128) {
                other.add(p);
                continue;
            }
            char second = p.length() > 1 ? p.charAt(1) : 0;
            if (second == 0 || second >= 128) {
                if (loose.get(first) == null) {
                    loose.set(first, new ArrayList<>());
                }
                loose.get(first).add(p);
                continue;
            }
            if (two.get(first) == null) {
                List<List<String>> slots = new ArrayList<>();
                for (int i = 0; i < 128; i++) {
                    slots.add(null);
                }
                two.set(first, slots);
            }
            List<List<String>> slots = two.get(first);
            if (slots.get(second) == null) {
                slots.set(second, new ArrayList<>());
            }
            slots.get(second).add(p);
        }
        for (int c = 0; c < 128; c++) {
            if (two.get(c) != null) {
                byFirstTwo[c] = new String[128][];
                for (int d = 0; d < 128; d++) {
                    List<String> slot = two.get(c).get(d);
                    if (slot != null) {
                        byFirstTwo[c][d] = longestFirst(slot);
                    }
                }
            }
            if (loose.get(c) != null) {
                always[c] = longestFirst(loose.get(c));
            }
        }
        for (char c = 0; c < 128; c++) {
            byte flags = Chars.isWordChar(c) ? WORD : 0;
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (byFirstTwo[lower] != null || always[lower] != null) {
                flags |= STARTS;
            }
            table[c] = flags;
        }
        this.nonAscii = longestFirst(other);
        this.longest = max;
    }

    /** Longest first, so that "nhs number" wins over "nhs" at the same position. */
    private static String[] longestFirst(List<String> list) {
        return list.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).toArray(String[]::new);
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
        byte[] flags = table;
        boolean anyNonAscii = nonAscii.length > 0;
        // (the typographic apostrophe starts the same phrases as the plain one)
        for (int i = lo; i < hi; i++) {
            char c = text.charAt(i);
            boolean word;
            boolean starts;
            if (c < 128) {
                byte f = flags[c];
                word = (f & WORD) != 0;
                starts = (f & STARTS) != 0;
            } else {
                word = Character.isLetterOrDigit(c);
                starts = anyNonAscii || ((c == '\u2019' || c == '\u2018') && (table['\''] & STARTS) != 0);
            }
            // A phrase starting with a letter needs a word boundary before it: inside a word, skip.
            if (starts && !(word && previousIsWord)) {
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
        byte[] flags = table;
        for (int i = hi - 1; i >= lo; i--) {
            char c = text.charAt(i);
            if (c < 128 && ((flags[c] & STARTS) == 0
                    || ((flags[c] & WORD) != 0 && i > 0 && Chars.isWordChar(text.charAt(i - 1))))) {
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
        char c = lower(text.charAt(at));
        if (c == '\u2019' || c == '\u2018') {
            c = '\'';
        }
        if (c >= 128) {
            return nonAscii.length > 0 ? tryAll(nonAscii, text, at, limit) : null;
        }
        String[][] slots = byFirstTwo[c];
        if (slots != null && at + 1 < limit) {
            char next = text.charAt(at + 1);
            char slot = secondSlot(next);
            if (slot < 128 && slots[slot] != null) {
                Hit hit = tryAll(slots[slot], text, at, limit);
                if (hit != null) {
                    return hit;
                }
            }
            if ((next == '-' || next == '_') && slots[next] != null) {
                Hit hit = tryAll(slots[next], text, at, limit);
                if (hit != null) {
                    return hit;
                }
            }
        }
        String[] loose = always[c];
        return loose == null ? null : tryAll(loose, text, at, limit);
    }

    /** The index slot of a phrase's second character as written in the text. */
    private static char secondSlot(char c) {
        if (Chars.isSpace(c) || c == '-' || c == '_') {
            return ' ';
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        return lower(c);
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
