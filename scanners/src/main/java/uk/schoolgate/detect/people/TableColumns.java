package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values under special-category column headers. A table is a run of row lines (see
 * {@link TableRows}); its first row is read as the header. A header cell names a column when it
 * contains one of the header phrases as whole words ("Medical needs", "SEN status", "CP/CIN")
 * and none of the excluding words ("Medical consent", "Safeguarding training date"). Every
 * later row's cell in that column is a value unless it is blank or negative ("N", "No", "None",
 * "-", "n/a", "NKA").
 */
final class TableColumns {
    /** Header cells longer than this are text, not a column name. */
    private static final int MAX_HEADER = 48;
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}' -]");

    private final Set<String> headers;
    private final Set<String> excludes;
    private final Set<String> negativeValues;

    TableColumns(Set<String> headers, Set<String> excludes, Set<String> negativeValues) {
        this.headers = headers;
        this.excludes = excludes;
        this.negativeValues = negativeValues;
    }

    /**
     * @param csv also read comma-separated rows (attachments); in a message body only tab-separated
     *            rows (HTML tables) are read, so prose with commas costs nothing
     */
    List<ColumnValue> values(String text, boolean csv) {
        List<ColumnValue> out = new ArrayList<>();
        int[] columns = null;
        String[] names = null;
        boolean inTable = false;
        int lineStart = 0;
        int length = text.length();
        int nextTab = -1;
        while (lineStart <= length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            if (nextTab < lineStart) {
                nextTab = text.indexOf('\t', lineStart);
                if (nextTab < 0) {
                    nextTab = Integer.MAX_VALUE;
                }
            }
            boolean row = contentEnd > lineStart && (nextTab < contentEnd
                    || (csv && TableRows.isRow(text, lineStart, contentEnd)));
            if (row) {
                List<int[]> cells = TableRows.cells(text, lineStart, contentEnd);
                if (!inTable) {
                    inTable = true;
                    List<Integer> found = new ArrayList<>();
                    List<String> foundNames = new ArrayList<>();
                    for (int c = 0; c < cells.size(); c++) {
                        String header = header(text, cells.get(c));
                        if (header != null) {
                            found.add(c);
                            foundNames.add(header);
                        }
                    }
                    columns = found.stream().mapToInt(Integer::intValue).toArray();
                    names = foundNames.toArray(new String[0]);
                } else {
                    for (int k = 0; k < columns.length; k++) {
                        if (columns[k] < cells.size()) {
                            int[] cell = cells.get(columns[k]);
                            if (isValue(text, cell)) {
                                out.add(new ColumnValue(cell[0], cell[1], lineStart, contentEnd, names[k]));
                            }
                        }
                    }
                }
            } else {
                inTable = false;
                columns = null;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return out;
    }

    /** The header phrase the cell contains, or null when it is not a special-category column. */
    private String header(String text, int[] cell) {
        if (cell[1] - cell[0] == 0 || cell[1] - cell[0] > MAX_HEADER) {
            return null;
        }
        String[] words = LexiconLoader.foldTerm(PUNCTUATION.matcher(text.substring(cell[0], cell[1])).replaceAll(" "))
                .split(" ");
        String found = null;
        for (int i = 0; i < words.length; i++) {
            if (excludes.contains(words[i])) {
                return null;
            }
            StringBuilder phrase = new StringBuilder();
            for (int j = i; j < words.length && j < i + 4; j++) {
                if (j > i) {
                    phrase.append(' ');
                }
                phrase.append(words[j]);
                if (headers.contains(phrase.toString()) && (found == null || phrase.length() > found.length())) {
                    found = phrase.toString();
                }
            }
        }
        return found;
    }

    private boolean isValue(String text, int[] cell) {
        if (cell[1] <= cell[0]) {
            return false;
        }
        String value = LexiconLoader.foldTerm(text.substring(cell[0], cell[1])).strip();
        while (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return !value.isEmpty() && !negativeValues.contains(value);
    }
}
