package uk.schoolgate.detect.identifiers;

/**
 * Character tests and scans the detectors share. Plain loops over {@code charAt}: these run over
 * every character of every message, so they allocate nothing and avoid regular expressions.
 */
final class Chars {
    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** A letter or digit: what "word boundary" means for identifiers and keywords. */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        return Character.isLetterOrDigit(c);
    }

    /** Space, tab, no-break space or line break. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u202F' || c == '\f';
    }

    /** Space or no-break space within a line (not a tab: in tables a tab is a cell boundary). */
    static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    /** Index of the first ASCII digit at or after {@code from}, or -1. */
    static int nextDigit(String text, int from) {
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c <= '9' && c >= '0') {
                return i;
            }
        }
        return -1;
    }

    /** End of the run of digits starting at {@code from}. */
    static int digitRunEnd(CharSequence text, int from) {
        int i = from;
        int n = text.length();
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the character before {@code at} is a letter or digit (the match would be inside a token). */
    static boolean wordBefore(CharSequence text, int at) {
        return at > 0 && isWordChar(text.charAt(at - 1));
    }

    /** Whether the character at {@code at} is a letter or digit (the match would run on into a token). */
    static boolean wordAt(CharSequence text, int at) {
        return at < text.length() && isWordChar(text.charAt(at));
    }

    /**
     * Whether [start, end) continues a longer number: a digit right before or after, or a digit
     * joined by '.', '/', '-' or ',' (a date, a decimal, a longer code).
     */
    static boolean joinedToNumber(CharSequence text, int start, int end) {
        if (start > 0 && isDigit(text.charAt(start - 1))) {
            return true;
        }
        if (start > 1 && isJoiner(text.charAt(start - 1)) && isDigit(text.charAt(start - 2))) {
            return true;
        }
        int n = text.length();
        if (end < n && isDigit(text.charAt(end))) {
            return true;
        }
        return end + 1 < n && isJoiner(text.charAt(end)) && isDigit(text.charAt(end + 1));
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '/' || c == '-' || c == ',' || c == ':';
    }

    /** The digits of [start, end), separators dropped. */
    static String digitsOf(CharSequence text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Letters and digits of {@code s}, upper-cased: how identifiers are compared. */
    static String compact(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }
}
