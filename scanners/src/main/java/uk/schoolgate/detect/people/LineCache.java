package uk.schoolgate.detect.people;

import uk.schoolgate.detect.TextWindow;

/**
 * The line around an offset and whether it is a table row, remembered for the next offset: the
 * matches of one text arrive in order, often many to a line, and a line can be very long (a
 * spreadsheet exported without line breaks), so finding it again for each match would make the
 * scan quadratic. One instance per detect call; not shared.
 */
final class LineCache {
    private final String text;
    private TextWindow line;
    private boolean row;

    LineCache(String text) {
        this.text = text;
    }

    TextWindow line(int offset) {
        if (line == null || offset < line.start() || offset > line.end()
                || (offset == line.end() && offset < text.length() && text.charAt(offset) == '\n')) {
            line = TextWindow.line(text, offset);
            row = TableRows.isRow(text, line);
        }
        return line;
    }

    boolean isRow(int offset) {
        line(offset);
        return row;
    }
}
