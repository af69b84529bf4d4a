package uk.schoolgate.detect.identifiers;

/**
 * Reads a UK phone number as people write it: 07700 900123, 0113 496 0123, (0113) 496 0123,
 * 020-7946-0123, +44 7700 900123, +44 (0)113 496 0123, 0044 113 496 0123. Returns the number in
 * national form ("07700900123") with where it lies; whether it is a real number of the right
 * kind is {@link PhoneNumberDetector}'s job (with libphonenumber).
 */
final class PhoneNumbers {
    /** A number at [start, end), in national form, and the sizes of its digit groups. */
    record Candidate(int start, int end, String national, boolean international, boolean singleDigitGroup) {
    }

    private PhoneNumbers() {
    }

    /**
     * Where a UK number whose first digits are the run [runStart, runEnd) would start: at the run
     * when it begins with 0 ("07700"), at a '(' before it ("(0113)"), at the '+' of "+44" or the
     * '(' of "(+44)"; -1 when no UK number can start there.
     */
    static int startFor(String text, int runStart, int runEnd) {
        char first = text.charAt(runStart);
        if (first == '0') {
            boolean bracketed = runStart > 0 && text.charAt(runStart - 1) == '(' && runEnd < text.length()
                    && text.charAt(runEnd) == ')';
            return bracketed ? runStart - 1 : runStart;
        }
        if (first == '4' && runEnd - runStart >= 2 && text.charAt(runStart + 1) == '4' && runStart > 0) {
            int plus = runStart - 1;
            if (text.charAt(plus) == ' ' && plus > 0) {
                plus--;
            }
            if (text.charAt(plus) == '+') {
                return plus > 0 && text.startsWith("(+44)", plus - 1) ? plus - 1 : plus;
            }
        }
        return -1;
    }

    /** Whether a number could start at {@code at}: a digit, '+' or '(' not inside a longer token. */
    static boolean canStart(String text, int at) {
        if (at < 0) {
            return false;
        }
        char c = text.charAt(at);
        if (!(Chars.isDigit(c) || c == '+' || c == '(')) {
            return false;
        }
        return !Chars.wordBefore(text, at);
    }

    /**
     * The number starting at {@code at}, or null. Digit groups are read while they continue; the
     * number is the longest run of whole groups with 11 digits in national form (or 10, for the few
     * areas with shorter numbers), so a number followed by another figure ("07700 900123 2 children")
     * is still read.
     */
    static Candidate read(String text, int at) {
        int n = text.length();
        int p = at;
        boolean international = false;
        if (text.startsWith("(+44)", p)) {
            p += 5;
            international = true;
        } else if (text.startsWith("+44", p)) {
            p += 3;
            international = true;
        } else if (text.startsWith("+ 44", p)) {
            p += 4;
            international = true;
        } else if (text.startsWith("0044", p)) {
            p += 4;
            international = true;
        } else if (text.charAt(p) == '+') {
            return null; // another country's number: not a UK format
        }
        if (international) {
            p = skipSeparator(text, p);
            if (text.startsWith("(0)", p)) {
                p = skipSeparator(text, p + 3);
            }
        }
        StringBuilder digits = new StringBuilder(16);
        boolean singleDigitGroup = false;
        int bestEnd = -1;
        int bestLength = 0;
        boolean bestSingle = false;
        boolean first = true;
        while (p < n) {
            boolean paren = first && text.charAt(p) == '(';
            int groupStart = paren ? p + 1 : p;
            int groupEnd = Chars.digitRunEnd(text, groupStart);
            if (groupEnd == groupStart || (paren && (groupEnd >= n || text.charAt(groupEnd) != ')'))) {
                break;
            }
            if (groupEnd - groupStart == 1) {
                singleDigitGroup = true;
            }
            digits.append(text, groupStart, groupEnd);
            int end = paren ? groupEnd + 1 : groupEnd;
            int length = digits.length() + (international && digits.charAt(0) != '0' ? 1 : 0);
            if (length == 11 || (length == 10 && bestLength != 11)) {
                bestEnd = end;
                bestLength = length;
                bestSingle = singleDigitGroup;
            }
            if (length >= 11) {
                break;
            }
            first = false;
            int next = skipSeparator(text, end);
            if (next == end || next >= n || !Chars.isDigit(text.charAt(next))) {
                break;
            }
            p = next;
        }
        if (bestEnd < 0) {
            return null;
        }
        String all = digits.toString();
        String national = international && all.charAt(0) != '0' ? "0" + all : all;
        return new Candidate(at, bestEnd, national.substring(0, bestLength), international, bestSingle);
    }

    /**
     * Past one separator between digit groups: one or two spaces, a hyphen or dash (with a space
     * either side), or a dot between digits. Tabs and line breaks end the number (they separate
     * cells and lines), and so does a full stop followed by a space.
     */
    private static int skipSeparator(String text, int at) {
        int n = text.length();
        int p = at;
        if (p < n && text.charAt(p) == '.') {
            return p + 1 < n && Chars.isDigit(text.charAt(p + 1)) ? p + 1 : at;
        }
        int spaces = 0;
        while (p < n && spaces < 2 && Chars.isInlineSpace(text.charAt(p))) {
            p++;
            spaces++;
        }
        if (p < n && (text.charAt(p) == '-' || text.charAt(p) == '\u2013')) {
            p++;
            if (p < n && Chars.isInlineSpace(text.charAt(p))) {
                p++;
            }
        }
        return p;
    }
}
