package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.detect.TextWindow;

/**
 * Finds the header cell above a value in a table: spreadsheets and CSV files as Tika extracts
 * them, and HTML tables in the body, arrive as lines of tab- (or comma-) separated cells, and the
 * header row ("Name\tDOB\tAddress") names the column of every row below it.
 *
 * <p>A table is a block of consecutive rows with the same separator; its header is the first row
 * of the block that looks like one (two or more cells, no run of two digits). One instance serves
 * one {@code detect} call and remembers the last block, so a 5,000-row sheet is walked once, not
 * once per value. Not thread-safe; never shared.
 */
final class TableHeaders {
    /** How many rows from the top of a block may hold the header (title rows come first). */
    private static final int HEADER_SEARCH_ROWS = 5;

    private final String text;
    private final boolean csv;

    private int blockStart = -1;
    /** End of the last line known to belong to the block. */
    private int blockVerifiedEnd = -1;
    private char blockSeparator;
    private int headerStart = -1;
    private List<String> headerCells = List.of();

    /** The last line asked about, and its separator: a value's line is asked about many times. */
    private TextWindow lastLine;
    private int lastSeparatorStart = -1;
    private int lastSeparatorEnd = -1;
    private char lastSeparator;

    TableHeaders(TextSegment segment) {
        this.text = segment.text();
        String name = segment.location().name().toLowerCase(Locale.ROOT);
        this.csv = name.endsWith(".csv");
    }

    /**
     * The separator of the line [start, end): a tab, a comma, or 0 when it is not a table row. In a
     * CSV file any comma separates cells; elsewhere a line is a comma-separated row only when a
     * neighbouring line has the same number (three or more) of commas, since prose lines have
     * commas too ("Avenue, Leeds LS17 9QT, mobile 07700 900123, NHS number ...").
     */
    char separatorOf(int start, int end) {
        if (start == lastSeparatorStart && end == lastSeparatorEnd) {
            return lastSeparator;
        }
        char separator = computeSeparator(start, end);
        lastSeparatorStart = start;
        lastSeparatorEnd = end;
        lastSeparator = separator;
        return separator;
    }

    /** The line holding {@code offset} (remembered, since one value's line is asked for repeatedly). */
    TextWindow lineAt(int offset) {
        TextWindow line = lastLine;
        if (line != null && offset >= line.start() && offset <= line.end() && (offset > line.start() || offset == 0
                || text.charAt(offset - 1) == '\n')) {
            return line;
        }
        lastLine = TextWindow.line(text, offset);
        return lastLine;
    }

    private char computeSeparator(int start, int end) {
        int commas = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return '\t';
            }
            if (c == ',') {
                commas++;
            }
        }
        if (csv) {
            return commas >= 1 ? ',' : 0;
        }
        if (commas < 3) {
            return 0;
        }
        return commasOnLineBefore(start) == commas || commasOnLineAfter(end) == commas ? ',' : 0;
    }

    private int commasOnLineBefore(int lineStart) {
        if (lineStart == 0) {
            return -1;
        }
        TextWindow previous = TextWindow.line(text, lineStart - 1);
        return previous.start() < lineStart ? commas(previous) : -1;
    }

    private int commasOnLineAfter(int lineEnd) {
        int next = nextLineStart(lineEnd);
        return next < text.length() ? commas(TextWindow.line(text, next)) : -1;
    }

    private int commas(TextWindow line) {
        int commas = 0;
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return -1;
            }
            if (c == ',') {
                commas++;
            }
        }
        return commas;
    }

    /** Whether the line holding {@code offset} is a table row. */
    boolean isRow(int offset) {
        TextWindow line = lineAt(offset);
        return separatorOf(line.start(), line.end()) != 0;
    }

    /** The header cell of the column holding {@code offset}, or "" when there is none. */
    String headerAt(int offset) {
        TextWindow line = lineAt(offset);
        char sep = separatorOf(line.start(), line.end());
        if (sep == 0 || !locateBlock(line, sep) || headerStart < 0 || headerStart >= line.start()) {
            return "";
        }
        int column = columnOf(line.start(), offset, sep);
        return column < headerCells.size() ? headerCells.get(column) : "";
    }

    /** The whole header row of the table holding {@code offset} (with its separators), or "". */
    String headerRowAt(int offset) {
        TextWindow line = lineAt(offset);
        char sep = separatorOf(line.start(), line.end());
        if (sep == 0 || !locateBlock(line, sep) || headerStart < 0 || headerStart >= line.start()) {
            return "";
        }
        return String.join("\t", headerCells);
    }

    /** The cell [start, end) of the row holding {@code offset}, trimmed. */
    TextWindow cellAt(int offset) {
        TextWindow line = lineAt(offset);
        char sep = separatorOf(line.start(), line.end());
        if (sep == 0) {
            return line;
        }
        int start = offset;
        while (start > line.start() && text.charAt(start - 1) != sep) {
            start--;
        }
        int end = offset;
        while (end < line.end() && text.charAt(end) != sep) {
            end++;
        }
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new TextWindow(start, end);
    }

    /**
     * The cells of the column holding {@code offset}, in every following row of the same table
     * (same separator, no blank line), trimmed. For reading a column under its header.
     */
    List<TextWindow> columnBelow(int offset) {
        TextWindow line = lineAt(offset);
        char sep = separatorOf(line.start(), line.end());
        List<TextWindow> cells = new ArrayList<>();
        if (sep == 0) {
            return cells;
        }
        int column = columnOf(line.start(), offset, sep);
        int pos = nextLineStart(line.end());
        while (pos < text.length()) {
            TextWindow row = TextWindow.line(text, pos);
            if (separatorOf(row.start(), row.end()) != sep) {
                break;
            }
            int cellStart = row.start();
            int index = 0;
            boolean quoted = false;
            for (int i = row.start(); i <= row.end(); i++) {
                char c = i < row.end() ? text.charAt(i) : sep;
                if (c == '"' && sep == ',') {
                    quoted = !quoted;
                } else if ((c == sep && !quoted) || i == row.end()) {
                    if (index == column) {
                        int s = cellStart;
                        int e = i;
                        while (s < e && (Chars.isSpace(text.charAt(s)) || text.charAt(s) == '"')) {
                            s++;
                        }
                        while (e > s && (Chars.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '"')) {
                            e--;
                        }
                        cells.add(new TextWindow(s, e));
                        break;
                    }
                    index++;
                    cellStart = i + 1;
                }
            }
            pos = nextLineStart(row.end());
        }
        return cells;
    }

    /** Whether the line holding {@code offset} looks like a header row (two or more cells, no figures). */
    boolean looksLikeHeaderRow(int offset) {
        TextWindow line = lineAt(offset);
        char sep = separatorOf(line.start(), line.end());
        return sep != 0 && looksLikeHeader(split(line, sep));
    }

    private int columnOf(int lineStart, int offset, char sep) {
        int column = 0;
        boolean quoted = false;
        for (int i = lineStart; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '"' && sep == ',') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                column++;
            }
        }
        return column;
    }

    /** Points the cached block at the table holding {@code line}; false if that fails. */
    private boolean locateBlock(TextWindow line, char sep) {
        if (blockStart >= 0 && sep == blockSeparator && line.start() >= blockStart) {
            if (line.start() < nextLineStart(blockVerifiedEnd) + 1) {
                blockVerifiedEnd = Math.max(blockVerifiedEnd, line.end());
                return true;
            }
            if (extendTo(line, sep)) {
                return true;
            }
        }
        newBlock(line, sep);
        return true;
    }

    /** Walks forward from the verified end; true if every line up to {@code line} is a row. */
    private boolean extendTo(TextWindow line, char sep) {
        int pos = nextLineStart(blockVerifiedEnd);
        while (pos < line.start()) {
            TextWindow next = TextWindow.line(text, pos);
            if (separatorOf(next.start(), next.end()) != sep) {
                return false;
            }
            blockVerifiedEnd = next.end();
            pos = nextLineStart(next.end());
        }
        blockVerifiedEnd = Math.max(blockVerifiedEnd, line.end());
        return true;
    }

    private void newBlock(TextWindow line, char sep) {
        int start = line.start();
        while (start > 0) {
            TextWindow previous = TextWindow.line(text, start - 1);
            if (previous.start() >= start || separatorOf(previous.start(), previous.end()) != sep) {
                break;
            }
            start = previous.start();
        }
        blockStart = start;
        blockVerifiedEnd = line.end();
        blockSeparator = sep;
        findHeader(sep);
    }

    private void findHeader(char sep) {
        headerStart = -1;
        headerCells = List.of();
        int pos = blockStart;
        for (int row = 0; row < HEADER_SEARCH_ROWS && pos < text.length(); row++) {
            TextWindow candidate = TextWindow.line(text, pos);
            if (separatorOf(candidate.start(), candidate.end()) != sep) {
                return;
            }
            List<String> cells = split(candidate, sep);
            if (looksLikeHeader(cells)) {
                headerStart = candidate.start();
                headerCells = cells;
                return;
            }
            pos = nextLineStart(candidate.end());
        }
    }

    /** Start of the line after the one ending at {@code lineEnd} (past "\n" or "\r\n"). */
    private int nextLineStart(int lineEnd) {
        int newline = text.indexOf('\n', lineEnd);
        return newline < 0 ? text.length() : newline + 1;
    }

    private List<String> split(TextWindow line, char sep) {
        List<String> cells = new ArrayList<>();
        int start = line.start();
        boolean quoted = false;
        for (int i = line.start(); i <= line.end(); i++) {
            char c = i < line.end() ? text.charAt(i) : sep;
            if (c == '"' && sep == ',') {
                quoted = !quoted;
            } else if ((c == sep && !quoted) || i == line.end()) {
                cells.add(text.substring(start, i).replace("\"", "").strip());
                start = i + 1;
            }
        }
        return cells;
    }

    private static boolean looksLikeHeader(List<String> cells) {
        int filled = 0;
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            filled++;
            for (int i = 1; i < cell.length(); i++) {
                if (Chars.isDigit(cell.charAt(i)) && Chars.isDigit(cell.charAt(i - 1))) {
                    return false;
                }
            }
        }
        return filled >= 2;
    }
}
