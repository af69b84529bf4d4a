package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.schoolgate.detect.TextSegment;

class TableHeadersTest {
    @Test
    void headerCellOfTheColumn() {
        String text = "Sheet1\nName\tDOB\tPostcode\nBo Lee\t01/02/2016\tLS17 9QT\nAl Roe\t02/03/2015\tLS1 1AA\n";
        TableHeaders tables = new TableHeaders(Fixtures.attachment("a.xlsx", text));
        assertThat(tables.headerAt(text.indexOf("01/02"))).isEqualTo("DOB");
        assertThat(tables.headerAt(text.indexOf("LS1 1AA"))).isEqualTo("Postcode");
        assertThat(tables.headerAt(text.indexOf("Al Roe"))).isEqualTo("Name");
        assertThat(tables.headerAt(text.indexOf("DOB"))).isEmpty(); // the header itself has none
        assertThat(tables.headerAt(text.indexOf("Sheet1"))).isEmpty();
    }

    @Test
    void titleRowsAboveTheHeaderAreSkipped() {
        String text = "\tClass 4B 2025\t\n\tName\tDate of birth\n\tBo Lee\t01/02/2016\n";
        TableHeaders tables = new TableHeaders(Fixtures.attachment("a.xlsx", text));
        assertThat(tables.headerAt(text.indexOf("01/02"))).isEqualTo("Date of birth");
    }

    @Test
    void aBlankLineEndsTheTable() {
        String text = "Name\tDOB\nBo Lee\t01/02/2016\n\nMeeting\t12/03/2025\n";
        TableHeaders tables = new TableHeaders(Fixtures.body(text));
        assertThat(tables.headerAt(text.indexOf("01/02"))).isEqualTo("DOB");
        assertThat(tables.headerAt(text.indexOf("12/03"))).isEmpty();
    }

    @Test
    void csvWithQuotesAndFewColumns() {
        String text = "name,\"date, of birth\"\n\"Lee, Bo\",2016-02-01\n";
        TableHeaders tables = new TableHeaders(Fixtures.attachment("a.csv", text));
        assertThat(tables.headerAt(text.indexOf("2016"))).isEqualTo("date, of birth");
        TableHeaders prose = new TableHeaders(Fixtures.body("Hello, world\nBo, 2016-02-01\n"));
        assertThat(prose.isRow(0)).isFalse();
    }

    @Test
    void columnBelowAHeader() {
        String text = "Name\tPassword\nBo\tCat1\nAl\tDog2\n\nOther\tx\n";
        TableHeaders tables = new TableHeaders(Fixtures.body(text));
        assertThat(tables.columnBelow(text.indexOf("Password")))
                .extracting(w -> w.of(text)).containsExactly("Cat1", "Dog2");
        assertThat(tables.looksLikeHeaderRow(0)).isTrue();
        assertThat(tables.looksLikeHeaderRow(text.indexOf("Bo"))).isTrue();
    }

    @Test
    void aLargeSheetIsWalkedOnce() {
        StringBuilder sb = new StringBuilder("Name\tDOB\n");
        for (int i = 0; i < 20000; i++) {
            sb.append("Pupil ").append(i).append("\t01/02/2016\n");
        }
        String text = sb.toString();
        TextSegment segment = Fixtures.attachment("big.xlsx", text);
        TableHeaders tables = new TableHeaders(segment);
        long start = System.nanoTime();
        int found = 0;
        for (int at = text.indexOf("01/02"); at >= 0; at = text.indexOf("01/02", at + 1)) {
            if (tables.headerAt(at).equals("DOB")) {
                found++;
            }
        }
        assertThat(found).isEqualTo(20000);
        System.out.printf("TableHeaders: 20,000 rows in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }
}
