package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.testing.TestSchool;

class DateOfBirthDetectorTest {
    /** "Today" for these tests: 1 June 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    private final DateOfBirthDetector detector = detector("");

    private static DateOfBirthDetector detector(String yaml) {
        return new DateOfBirthDetector(DateOfBirthDetector.Settings.read(Fixtures.settings(yaml), Fixtures.RESOURCES),
                TestSchool.DIRECTORY, CLOCK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DOB: 12/03/2015|12/03/2015",
        "D.O.B. 12.03.15|12.03.15",
        "d.o.b 12-3-2015|12-3-2015",
        "Date of birth: 12 March 2015|12 March 2015",
        "He was born on 12th Mar 2015 in Leeds.|12th Mar 2015",
        "She was born on March 12, 2015.|March 12, 2015",
        "DOB 2015-03-12|2015-03-12",
        "dob 12/3/15|12/3/15",
        "born on the 12th of March 2015|12th of March 2015",
        "Birthday: 12/03/2015|12/03/2015",
        "Her birthday is 12 March 2015.|12 March 2015",
        "12/03/2015 (DOB)|12/03/2015",
        "Born: 12-Mar-15|12-Mar-15",
        "Name: Bo Lee, DOB: 01/02/2016, Year 4|01/02/2016",
        "born in Leeds General Infirmary on 1 Feb 2016|1 Feb 2016",
        "Date Of Birth\t05/09/2014|05/09/2014",
    })
    void birthDates(String text, String date) {
        assertThat(found(detector, text)).containsExactly(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The meeting is on 12/03/2025.",                 // a meeting date
        "Deadline: 12 March 2025",
        "Term starts 01/09/2025 and ends 19/12/2025.",
        "DOB forms due by 12/03/2025",                   // a deadline for DOB forms
        "Please return the date of birth form before 12 March 2025",
        "Her birthday party on 12 March 2025 was lovely",
        "Birthday party: 12/03/2025",
        "birthday party on 12 March",
        "DOB: 31/02/2015",                               // not a calendar date
        "DOB: 12/13/2015",
        "born on 12 March",                               // no year
        "born in 2015",
        "DOB: 12/03/2030",                               // in the future
        "DOB: 12/03/1850",                               // before earliest_year
        "Letter dated 12/03/2015 about her date of birth",
        "The DOB field was updated on 12/03/2025",
        "Sent on 12/03/2025. Born Free is the film we watched",
        "Trip date: 12/03/2025",
    })
    void notBirthDates(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void aFormWithTheDateOnTheNextLine() {
        assertThat(found(detector, "Date of birth:\n12/03/2015")).containsExactly("12/03/2015");
        assertThat(found(detector, "Date of birth is on the form.\nMeeting 12/03/2025")).isEmpty();
    }

    @Test
    void aRosterPupilsDateOfBirthNextToTheirName() {
        TextSegment text = Fixtures.body("Amelia Khan (12/03/2015) will join Year 5.");
        List<Finding> all = detector.detect(text, List.of(Fixtures.pupilName(text, "Amelia Khan", "A123456789012")));
        assertThat(all).hasSize(1);
        assertThat(all.get(0).subject()).isEqualTo("A123456789012");
        assertThat(all.get(0).rule()).contains("roster pupil");
    }

    @Test
    void anotherDateNextToAPupilIsNotTheirBirthDate() {
        TextSegment text = Fixtures.body("Amelia Khan (12/03/2016) will join Year 5.");
        assertThat(detector.detect(text, List.of(Fixtures.pupilName(text, "Amelia Khan", "A123456789012")))).isEmpty();
        TextSegment noName = Fixtures.body("A new pupil (12/03/2015) will join Year 5.");
        assertThat(detector.detect(noName, List.of())).isEmpty();
    }

    @Test
    void theHeaderRowDefinesTheColumnForEveryRow() {
        StringBuilder sheet = new StringBuilder("Class list\nName\tDate of Birth\tStart date\n");
        for (int i = 1; i <= 12; i++) {
            sheet.append("Pupil ").append(i).append('\t').append(String.format("%02d/03/2015", i)).append("\t01/09/2019\n");
        }
        List<Finding> all = detector.detect(Fixtures.attachment("class.xlsx", sheet.toString()), List.of());
        assertThat(all).hasSize(12);
        assertThat(all).extracting(Finding::subject).doesNotHaveDuplicates()
                .allSatisfy(s -> assertThat(s).startsWith("row:class.xlsx:"));
        assertThat(all.get(0).rule()).contains("column headed 'date of birth'");
    }

    @Test
    void csvWithFewColumns() {
        TextSegment csv = Fixtures.attachment("dob.csv", "name,dob\nBo Lee,2016-02-01\nAl Roe,2015-11-30\n");
        assertThat(found(detector, csv, List.of())).containsExactly("2016-02-01", "2015-11-30");
    }

    @Test
    void datesInsideOtherFindingsAreSkipped() {
        TextSegment text = Fixtures.body("DOB 12/03/2015");
        Finding phone = Finding.of(FindingType.PHONE_NUMBER, text, 4, 14, 0.9, null, "test");
        assertThat(detector.detect(text, List.of(phone))).isEmpty();
    }

    @Test
    void dobIdentifierInTheSameSentenceGivesTheSubject() {
        TextSegment text = Fixtures.body("UPN J936123456780, DOB 12/03/2015.");
        Finding upn = Finding.of(FindingType.UK_UPN, text, 4, 17, 0.95, "J936123456780", "test");
        assertThat(detector.detect(text, List.of(upn)).get(0).subject()).isEqualTo("J936123456780");
    }

    @Test
    void confidence() {
        Finding dob = detector.detect(Fixtures.body("DOB: 12/03/2015"), List.of()).get(0);
        Finding birthday = detector.detect(Fixtures.body("Birthday: 12/03/2015"), List.of()).get(0);
        assertThat(dob.confidence()).isGreaterThan(birthday.confidence());
        assertThat(dob.rule()).isEqualTo("date right after 'dob'");
    }

    @Test
    void gapIsConfigurable() {
        DateOfBirthDetector tight = detector("max_gap: 3");
        assertThat(found(tight, "born in Leeds General Infirmary on 1 Feb 2016")).isEmpty();
        assertThat(found(tight, "DOB: 1 Feb 2016")).hasSize(1);
    }
}
