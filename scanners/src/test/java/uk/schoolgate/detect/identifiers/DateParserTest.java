package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12/03/2015|2015-03-12|12/03/2015",
        "12.03.15|2015-03-12|12.03.15",
        "12-3-2015|2015-03-12|12-3-2015",
        "12/3/15|2015-03-12|12/3/15",
        "2015-03-12|2015-03-12|2015-03-12",
        "12 March 2015|2015-03-12|12 March 2015",
        "12th Mar 2015|2015-03-12|12th Mar 2015",
        "12th of March, 2015|2015-03-12|12th of March, 2015",
        "12-Mar-15|2015-03-12|12-Mar-15",
        "1 Sept 2014|2014-09-01|1 Sept 2014",
        "29/02/2016|2016-02-29|29/02/2016",
        "on 3 may 2019 we|2019-05-03|3 may 2019",
        "12/03/99|1999-03-12|12/03/99",
    })
    void readsUkDates(String text, String iso, String matched) {
        int at = Chars.nextDigit(text, 0);
        DateParser.DateMatch m = DateParser.parseAt(text, at, 26);
        assertThat(m).isNotNull();
        assertThat(m.date()).isEqualTo(LocalDate.parse(iso));
        assertThat(text.substring(m.start(), m.end())).isEqualTo(matched);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "March 12, 2015|2015-03-12",
        "Mar 12th 2015|2015-03-12",
    })
    void monthFirst(String text, String iso) {
        int at = Chars.nextDigit(text, 0);
        DateParser.DateMatch m = DateParser.parseAt(text, at, 26);
        assertThat(m.date()).isEqualTo(LocalDate.parse(iso));
        assertThat(m.start()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2015", "12/13/2015", "29/02/2015", "00/01/2015", "12/03/201", "12/03-2015",
        "12 March", "12 Marchington 2015", "1.2.3.4", "12/03/2015/7", "v12.03.15", "10:30", "12 345 2015"})
    void rejectsNonDates(String text) {
        int at = Chars.nextDigit(text, 0);
        assertThat(DateParser.parseAt(text, at, 26)).isNull();
    }
}
