package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextWindow;

/**
 * Table rows in extracted text: HTML and docx tables arrive as tab-separated cells, one row per
 * line; spreadsheets and CSV files as tab- or comma-separated rows. A line with a tab is a row. A
 * line with commas is a CSV row only if it looks like one: at least two commas outside quotes, no
 * sentence inside it, and either three commas or a neighbouring line with as many (a prose line
 * with a list in it has commas too, but rarely ends without a full stop and rarely sits on a line
 * with the same number of commas).
 */
final class TableRows {
    /** CSV cells longer than this are prose, not data. */
    private static final int MAX_CSV_CELL = 80;

    private TableRows() {
    }

    static boolean isRow(String text, TextWindow line) {
        return isRow(text, line.start(), line.end());
    }

    static boolean isRow(String text, int start, int end) {
        if (indexOf(text, '\t', start, end) >= 0) {
            return true;
        }
        int commas = csvCommas(text, start, end);
        if (commas < 2) {
            return false;
        }
        if (commas >= 3) {
            return true;
        }
        return neighbourCommas(text, start, end, commas);
    }

    /** Commas outside double quotes in a line that looks like CSV data, or 0 when it reads as prose. */
    static int csvCommas(String text, int start, int end) {
        int commas = 0;
        boolean quoted = false;
        int cellStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                if (i - cellStart > MAX_CSV_CELL) {
                    return 0;
                }
                commas++;
                cellStart = i + 1;
            } else if (!quoted && (c == '.' || c == '!' || c == '?') && i + 1 < end && text.charAt(i + 1) == ' '
                    && i > start && Character.isLowerCase(text.charAt(i - 1))) {
                return 0;
            }
        }
        if (end - cellStart > MAX_CSV_CELL) {
            return 0;
        }
        int last = end - 1;
        while (last > start && text.charAt(last) == ' ') {
            last--;
        }
        if (last >= start && (text.charAt(last) == '.' || text.charAt(last) == '!' || text.charAt(last) == '?')) {
            return 0;
        }
        return commas;
    }

    private static boolean neighbourCommas(String text, int start, int end, int commas) {
        if (start >= 2) {
            TextWindow previous = TextWindow.line(text, start - 1);
            if (previous.end() > previous.start() && csvCommas(text, previous.start(), previous.end()) == commas) {
                return true;
            }
        }
        int next = end;
        if (next < text.length() && text.charAt(next) == '\r') {
            next++;
        }
        if (next + 1 < text.length()) {
            TextWindow following = TextWindow.line(text, next + 1);
            return following.end() > following.start() && csvCommas(text, following.start(), following.end()) == commas;
        }
        return false;
    }

    /** The subject key for a table row without a known person (shared with the identifier detectors). */
    static String rowKey(Location location, int lineStart) {
        return "row:" + location.label() + ":" + lineStart;
    }

    /**
     * The cells of a row as [start, end) pairs, trimmed of spaces and CSV quotes. Tab-separated
     * when the line has a tab, else comma-separated with quotes respected.
     */
    static List<int[]> cells(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        boolean tabs = indexOf(text, '\t', start, end) >= 0;
        boolean quoted = false;
        int cellStart = start;
        for (int i = start; i <= end; i++) {
            boolean boundary = i == end;
            if (!boundary) {
                char c = text.charAt(i);
                if (!tabs && c == '"') {
                    quoted = !quoted;
                }
                boundary = tabs ? c == '\t' : (!quoted && c == ',');
            }
            if (boundary) {
                out.add(trim(text, cellStart, i));
                cellStart = i + 1;
            }
        }
        return out;
    }

    private static int[] trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Fold.isSpace(text.charAt(s)) || text.charAt(s) == '"')) {
            s++;
        }
        while (e > s && (Fold.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '"')) {
            e--;
        }
        return new int[] {s, e};
    }

    /** The first {@code c} in text[start, end), or -1; never reads past {@code end}. */
    static int indexOf(String text, char c, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
