package uk.schoolgate.detect.identifiers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises the street line of an address: a house number (12, 12a, 12-14), optionally after
 * "Flat 3," or "Apartment 2,", then up to a few capitalised words ending in a street type ("12
 * Acacia Avenue", "Flat 3, 7 High Street", "3 St Mary's Road"). Also recognises a street named
 * without a number ("Moor Lane"), which only counts inside an address with a postcode.
 * Immutable and thread-safe.
 */
final class StreetLines {
    /** A street line at [start, end); {@code key} is its number and name in lower case, for comparing addresses. */
    record Street(int start, int end, String key) {
    }

    static final List<String> STREET_TYPES = List.of("road", "rd", "street", "st", "avenue", "ave", "lane", "ln",
            "close", "drive", "dr", "way", "crescent", "cres", "court", "ct", "place", "pl", "gardens", "gdns", "grove",
            "terrace", "walk", "mews", "row", "hill", "park", "square", "sq", "view", "rise", "green", "parade",
            "mount", "vale", "fold", "croft", "gate", "wynd", "bank", "side", "meadow", "meadows", "chase",
            "boulevard", "highway", "brow", "garth", "nook", "approach", "crest", "heights", "fields", "glade", "glen",
            "hollow", "lea", "orchard", "ridge", "wharf", "yard", "circus", "cottages", "villas", "end", "wood",
            "dale", "lawn", "lawns", "broadway", "embankment", "quay", "common", "grange");
    static final List<String> FLAT_WORDS = List.of("flat", "apartment", "apt");

    /** Street types, matched in place without copying the word (this runs at many numbers in mail). */
    private final Keywords types;
    private final Set<String> flatWords;
    private final int maxWords;

    StreetLines(List<String> types, List<String> flatWords, int maxWords) {
        this.types = Keywords.of(types);
        this.flatWords = Set.copyOf(flatWords.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().toList());
        this.maxWords = maxWords;
    }

    /** The street line whose house number starts at {@code at}, or null. */
    Street at(String text, int at) {
        return at(text, at, false);
    }

    /**
     * As {@link #at(String, int)}; with {@code anyCase} the street name may be written in lower case
     * ("88 king lane"), which is only asked for just before a postcode, where the postcode already
     * says this is an address.
     */
    Street at(String text, int at, boolean anyCase) {
        int n = text.length();
        if (Chars.wordBefore(text, at)) {
            return null;
        }
        int numberEnd = Chars.digitRunEnd(text, at);
        if (numberEnd - at > 4 || numberEnd == at) {
            return null;
        }
        int p = numberEnd;
        if (p + 1 < n && text.charAt(p) == '-' && Chars.isDigit(text.charAt(p + 1))) {
            p = Chars.digitRunEnd(text, p + 1);
        }
        if (p < n && Chars.isAsciiLetter(text.charAt(p)) && !(p + 1 < n && Chars.isAsciiLetter(text.charAt(p + 1)))) {
            p++;
        }
        int suffixEnd = p;
        if (p < n && text.charAt(p) == ',') {
            p++;
        }
        int spaces = p;
        while (p < n && Chars.isInlineSpace(text.charAt(p))) {
            p++;
        }
        if (p == spaces) {
            return null;
        }
        int nameStart = p;
        if (p >= n || !(Chars.isUpper(text.charAt(p)) || anyCase && Chars.isAsciiLetter(text.charAt(p)))) {
            return null;
        }
        int end = namedStreetEnd(text, p, 1, anyCase);
        if (end < 0) {
            return null;
        }
        String key = key(text, at, suffixEnd, nameStart, end);
        return new Street(flatStart(text, at), end, key);
    }

    /** "12a acacia avenue": number and name in lower case, white space and dots as single spaces. */
    private static String key(String text, int numberStart, int numberEnd, int nameStart, int nameEnd) {
        StringBuilder sb = new StringBuilder(nameEnd - numberStart);
        for (int i = numberStart; i < numberEnd; i++) {
            sb.append(Character.toLowerCase(text.charAt(i)));
        }
        boolean gap = true;
        for (int i = nameStart; i < nameEnd; i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c) || c == '.') {
                gap = true;
                continue;
            }
            if (gap) {
                sb.append(' ');
                gap = false;
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /**
     * End of a street name starting at {@code p}: capitalised words, the last a street type, with at
     * least {@code minNameWords} words before it; -1 if there is none.
     */
    int namedStreetEnd(String text, int p, int minNameWords) {
        return namedStreetEnd(text, p, minNameWords, false);
    }

    private int namedStreetEnd(String text, int p, int minNameWords, boolean anyCase) {
        int n = text.length();
        int words = 0;
        while (words <= maxWords && p < n) {
            if (!(Chars.isUpper(text.charAt(p)) || anyCase && Chars.isAsciiLetter(text.charAt(p)))) {
                return -1;
            }
            int wordEnd = p + 1;
            while (wordEnd < n && (Chars.isAsciiLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '\''
                    || text.charAt(wordEnd) == '\u2019' || text.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            if (words >= minNameWords && isType(text, p, wordEnd)) {
                return wordEnd;
            }
            words++;
            p = wordGap(text, wordEnd, anyCase);
            if (p < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a street type follows {@code at} after one space, or the word ending there is followed by more of a street name. */
    boolean startsStreetType(String text, int at) {
        int p = at;
        for (int words = 0; words < maxWords; words++) {
            if (p >= text.length() || !Chars.isInlineSpace(text.charAt(p))) {
                return false;
            }
            p++;
            int end = p;
            while (end < text.length() && (Chars.isAsciiLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
                end++;
            }
            if (end == p || !Chars.isUpper(text.charAt(p))) {
                return false;
            }
            if (isType(text, p, end)) {
                return true;
            }
            p = end;
        }
        return false;
    }

    /**
     * Start of the next word after one space, or after a line break where plain text was wrapped
     * ("12 Acacia\nAvenue"); -1 if the words do not continue.
     */
    private static int wordGap(String text, int at, boolean anyCase) {
        int n = text.length();
        if (at < n && Chars.isInlineSpace(text.charAt(at))) {
            return at + 1 < n ? at + 1 : -1;
        }
        int p = at;
        if (p < n && text.charAt(p) == '\r') {
            p++;
        }
        if (p < n && text.charAt(p) == '\n' && p + 1 < n
                && (Chars.isUpper(text.charAt(p + 1)) || anyCase && Chars.isAsciiLetter(text.charAt(p + 1)))) {
            return p + 1;
        }
        return -1;
    }

    /** Whether the word [start, end) is a street type ("Road", "St"). */
    private boolean isType(String text, int start, int end) {
        Keywords.Hit hit = types.matchAt(text, start, end);
        return hit != null && hit.end() == end;
    }

    /** Whether the trimmed {@code part} is a street named without a number ("Moor Lane"). */
    boolean isUnnumberedStreet(String part) {
        return !part.isEmpty() && namedStreetEnd(part, 0, 1) == part.length();
    }

    /** Start of a "Flat 3, " before the house number at {@code at}, else {@code at}. */
    private int flatStart(String text, int at) {
        int p = at;
        while (p > 0 && (Chars.isInlineSpace(text.charAt(p - 1)) || text.charAt(p - 1) == ',')) {
            p--;
        }
        int digitsEnd = p;
        while (p > 0 && (Chars.isDigit(text.charAt(p - 1)) || Chars.isUpper(text.charAt(p - 1)) && p == digitsEnd)) {
            p--;
        }
        if (p == digitsEnd || !Chars.isDigit(text.charAt(p))) {
            return at;
        }
        int space = p;
        while (p > 0 && Chars.isInlineSpace(text.charAt(p - 1))) {
            p--;
        }
        if (p == space) {
            return at;
        }
        int wordEnd = p;
        while (p > 0 && (Chars.isAsciiLetter(text.charAt(p - 1)) || text.charAt(p - 1) == '.')) {
            p--;
        }
        String word = text.substring(p, wordEnd).toLowerCase(Locale.ROOT).replace(".", "");
        return flatWords.contains(word) && !Chars.wordBefore(text, p) ? p : at;
    }
}
