package uk.schoolgate.detect;

/**
 * The stretches of text around a match that detectors use as context: its line (a table row in
 * a spreadsheet or CSV, where cells are tab- or comma-separated), its sentence, its paragraph,
 * or a number of characters either side. Offsets are [start, end) into the text.
 */
public record TextWindow(int start, int end) {
    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** The line holding {@code offset} (without its line break). */
    public static TextWindow line(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
        if (offset == 0) {
            start = 0;
        }
        int end = text.indexOf('\n', offset);
        if (end < 0) {
            end = text.length();
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return new TextWindow(start, Math.max(start, end));
    }

    /**
     * The sentence holding {@code offset}: bounded by '.', '!' or '?' followed by white space, by
     * a blank line, or by a tab-separated cell boundary's line end.
     */
    public static TextWindow sentence(String text, int offset) {
        int start = offset;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '\n' && start >= 2 && (text.charAt(start - 2) == '\n'
                    || (text.charAt(start - 2) == '\r' && start >= 3 && text.charAt(start - 3) == '\n'))) {
                break;
            }
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                int k = start - 2; // the character before this run of white space (CRLF text has two)
                while (k >= 0 && (text.charAt(k) == '\r' || text.charAt(k) == ' ')) {
                    k--;
                }
                if (k >= 0 && isTerminator(text.charAt(k)) && !isAbbreviation(text, k)) {
                    break;
                }
            }
            start--;
        }
        int end = offset;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (isTerminator(c) && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)))
                    && !isAbbreviation(text, end)) {
                end++;
                break;
            }
            if (c == '\n' && end + 1 < text.length() && (text.charAt(end + 1) == '\n' || text.charAt(end + 1) == '\r')) {
                break;
            }
            end++;
        }
        return new TextWindow(start, end);
    }

    /** The paragraph holding {@code offset}: bounded by blank lines. */
    public static TextWindow paragraph(String text, int offset) {
        int start = offset;
        while (start > 0) {
            if (text.charAt(start - 1) == '\n' && blankLineEndsAt(text, start - 1)) {
                break;
            }
            start--;
        }
        int end = offset;
        while (end < text.length()) {
            if (text.charAt(end) == '\n' && blankLineFollows(text, end)) {
                break;
            }
            end++;
        }
        return new TextWindow(start, end);
    }

    /** Up to {@code chars} characters either side of [from, to), clipped to the text. */
    public static TextWindow around(String text, int from, int to, int chars) {
        return new TextWindow(Math.max(0, from - chars), Math.min(text.length(), to + chars));
    }

    /** Whether the line looks like a table row (cells separated by tabs, or by commas in a CSV). */
    public static boolean isTableRow(String line) {
        return line.indexOf('\t') >= 0 || line.chars().filter(c -> c == ',').count() >= 3;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** "Mr." "Dr." "e.g." "D.O.B." and initials do not end a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        if (dot > 0 && Character.isDigit(text.charAt(dot - 1))) {
            return false; // "... on 07700 900 318." ends the sentence
        }
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() <= 1 || word.contains(".")
                || word.equals("mr") || word.equals("mrs") || word.equals("ms") || word.equals("dr")
                || word.equals("st") || word.equals("no") || word.equals("tel") || word.equals("approx")
                || word.equals("dob") || word.equals("miss") || word.equals("prof") || word.equals("rd");
    }

    private static boolean blankLineEndsAt(String text, int newline) {
        int i = newline - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '\n';
    }

    private static boolean blankLineFollows(String text, int newline) {
        int i = newline + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '\n';
    }
}
