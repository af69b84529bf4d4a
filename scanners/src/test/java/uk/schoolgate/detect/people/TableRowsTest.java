package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Location;

class TableRowsTest {
    private static boolean firstLineIsRow(String text) {
        int end = text.indexOf('\n');
        return TableRows.isRow(text, 0, end < 0 ? text.length() : end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amelia Khan\t14/05/2016", "a,b,c,d", "K1,Khan,\"2 Moor Lane, Leeds\",07700 900101",
        "Summer Field,3,SEN support\nWill Brook,3,EHCP"})
    void rows(String text) {
        assertThat(firstLineIsRow(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi Amelia, Rhys and Kai, see you soon.", "Dear all, thanks, see you.",
        "Amelia, Rhys and Kai are in the hall\nThe end", "We met, talked. Then, we left, happy"})
    void prose(String text) {
        assertThat(firstLineIsRow(text)).isFalse();
    }

    @Test
    void cellsAreTrimmedAndQuotesRespected() {
        String line = "K1, Khan ,\"2 Moor Lane, Leeds\",";
        List<int[]> cells = TableRows.cells(line, 0, line.length());
        assertThat(cells).extracting(c -> line.substring(c[0], c[1])).containsExactly("K1", "Khan", "2 Moor Lane, Leeds", "");
    }

    @Test
    void rowKeyMatchesTheIdentifierDetectors() {
        assertThat(TableRows.rowKey(Location.attachment("list.csv"), 42)).isEqualTo("row:list.csv:42");
    }
}
