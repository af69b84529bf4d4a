package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.schoolgate.detect.people.PeopleFixture.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.Pupil;
import uk.schoolgate.config.YamlDocument;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

class PupilNameDetectorTest {
    private final PupilNameDetector detector = pupilNames();

    private List<Finding> find(String text) {
        return detector.detect(body(text), List.of());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Amelia Khan has been chosen for the choir.           | Amelia Khan            | K100000000001
            AMELIA KHAN                                          | AMELIA KHAN            | K100000000001
            can you ask amelia khan to come to the office        | amelia khan            | K100000000001
            Amelia KHAN (5K)                                     | Amelia KHAN            | K100000000001
            Amelia Khan's reading has improved.                  | Amelia Khan            | K100000000001
            Amelia Khan’s reading has improved.                  | Amelia Khan            | K100000000001
            Well done Amelia   Khan!                             | Amelia   Khan          | K100000000001
            Khan, Amelia (Year 5)                                | Khan, Amelia           | K100000000001
            KHAN, Amelia                                         | KHAN, Amelia           | K100000000001
            KHAN Amelia 5K                                       | KHAN Amelia            | K100000000001
            Zoe Clarke                                           | Zoe Clarke             | C100000000003
            Zoë Clarke                                           | Zoë Clarke             | C100000000003
            ZOË CLARKE                                           | ZOË CLARKE             | C100000000003
            Siobhan Murphy                                       | Siobhan Murphy         | M100000000004
            Siobhán Murphy’s coat                                | Siobhán Murphy         | M100000000004
            Emily Muller                                         | Emily Muller           | M100000000005
            Emily Müller                                         | Emily Müller           | M100000000005
            Emily Mueller                                        | Emily Mueller          | M100000000005
            Kai Ó Súilleabháin                                   | Kai Ó Súilleabháin     | O100000000006
            kai o suilleabhain                                   | kai o suilleabhain     | O100000000006
            Kai O'Suilleabhain                                   | Kai O'Suilleabhain     | O100000000006
            Grace O'Brien                                        | Grace O'Brien          | O100000000007
            Grace O’Brien's PE kit                               | Grace O’Brien          | O100000000007
            Grace OBrien                                         | Grace OBrien           | O100000000007
            Tom Davies                                           | Tom Davies             | D100000000012
            Thomas Davies                                        | Thomas Davies          | D100000000012
            Flo Begum                                            | Flo Begum              | B100000000019
            Will Fitzgerald-Hughes                               | Will Fitzgerald-Hughes | F100000000013
            Chloe Green                                          | Chloe Green            | G100000000014
            Chloé Green                                          | Chloé Green            | G100000000014
            Grace Hill has been unwell.                          | Grace Hill             | H100000000009
            Rhys Taylor                                          | Rhys Taylor            | T100000000015
            """)
    void findsFullNames(String text, String expected, String upn) {
        List<Finding> found = find(text);
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(expected);
        assertThat(f.type()).isEqualTo(FindingType.PUPIL_NAME);
        assertThat(f.subject()).isEqualTo(upn);
    }

    @Test
    void decomposedAccentsKeepOffsets() {
        String text = "Zoe\u0308 Clarke and Sio\u0301bhan Murphy";
        assertThat(covered(body(text), find(text))).containsExactly("Zoe\u0308 Clarke", "Sio\u0301bhan Murphy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amelia\nKhan", "Amelia \r\n Khan", "Amelia\tKhan\t14/05/2016", "Khan\tAmelia\t5"})
    void namesSplitOverLinesAndCells(String text) {
        assertThat(subjects(find(text))).containsExactly(AMELIA_KHAN);
    }

    @Test
    void csvRowsWithEitherColumnOrder() {
        String csv = "upn,surname,forename,dob\nK100000000001,Khan,Amelia,2016-05-14\nT100000000015,Taylor,Rhys,2016-01-02\n";
        assertThat(subjects(find(csv))).containsExactly(AMELIA_KHAN, RHYS_TAYLOR);
        String csv2 = "forename,surname,year\nAmelia,Khan,5\nRhys,Taylor,5\n";
        assertThat(subjects(find(csv2))).containsExactly(AMELIA_KHAN, RHYS_TAYLOR);
        String quoted = "\"Khan\",\"Amelia\",\"5\",\"2016-05-14\"";
        assertThat(subjects(find(quoted))).containsExactly(AMELIA_KHAN);
    }

    @Test
    void classListTableFindsEveryPupil() {
        String table = "Name\tDOB\tAddress\nAmelia Khan\t14/05/2016\t2 Moorland Crescent\n"
                + "Summer Field\t01/02/2016\t3 Oak Road\nWill Brook\t02/03/2016\t4 Elm Road\n";
        assertThat(subjects(find(table))).containsExactly(AMELIA_KHAN, SUMMER_FIELD, WILL_BROOK);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Amelia is doing well.",
        "Mrs Khan called the office.",
        "Amelia Khanna joined Year 5.",
        "Mary-Amelia Khan joined Year 5.",
        "Amelia Khan-Smith joined Year 5.",
        "Please email amelia.khan@pupils.oakfield.sch.uk today.",
        "Amelia Khan@school",
        "The summer field day is on Friday.",
        "Summer Field day is on Friday.",
        "We walked up Grace Hill Road.",
        "Meet at the Summer Field after lunch.",
        "Only time will brook no delay.",
        "The heavy rain may rivers burst.",
        "I hope young people enjoy it.",
        "I hope Young Farmers will come.",
        "We will Brook no argument.",
        "Khan Amelia said hello.",
        "Amelia, Khan and Rhys went out.",
        "Amelia.\n\nKhan",
        "Amelia\n\nKhan",
        "Amelia - Khan",
        "Jack Smithers",
        "Brook, will you help?"
    })
    void hardNegatives(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void ordinaryWordNamesAreLessSure() {
        Finding grace = find("Grace Hill has been unwell.").get(0);
        Finding amelia = find("Amelia Khan has been unwell.").get(0);
        assertThat(grace.confidence()).isLessThan(amelia.confidence());
        assertThat(grace.rule()).contains("ordinary words");
        Finding lower = find("please tell amelia khan").get(0);
        assertThat(lower.confidence()).isLessThan(amelia.confidence());
    }

    @Test
    void ordinaryWordNamesCountInTables() {
        assertThat(subjects(find("Summer Field,3,SEN support - speech\nWill Brook,3,EHCP - autism\n")))
                .containsExactly(SUMMER_FIELD, WILL_BROOK);
    }

    @Test
    void sharedNamesReportTheFirstPupilAndSaySo() {
        Finding f = find("Jack Smith is in the hall.").get(0);
        assertThat(f.subject()).isEqualTo(JACK_SMITH_1);
        assertThat(f.rule()).contains("2 roster pupils share this name");
    }

    @Test
    void excerptIsMaskedAndRuleNamesNoOne() {
        Finding f = find("Amelia Khan has been chosen.").get(0);
        assertThat(f.excerpt()).isEqualTo("Am**** Kh**");
        assertThat(f.rule()).doesNotContain("Amelia").doesNotContain("Khan");
    }

    @Test
    void severalNamesInOneText() {
        String text = "Amelia Khan, Rhys Taylor and Zoë Clarke; also KHAN, Amelia again.";
        assertThat(subjects(find(text))).containsExactly(AMELIA_KHAN, RHYS_TAYLOR, ZOE_CLARKE, AMELIA_KHAN);
    }

    @Test
    void settingsTurnFormsOff() {
        PupilNameDetector strict = new PupilNameDetector(settings("""
                line_breaks: false
                surname_first: false
                min_confidence: 0.7
                """), resources());
        assertThat(strict.detect(body("Amelia\nKhan"), List.of())).isEmpty();
        assertThat(strict.detect(body("Khan, Amelia"), List.of())).isEmpty();
        assertThat(strict.detect(body("Grace Hill has been unwell."), List.of())).isEmpty();
        assertThat(strict.detect(body("Amelia Khan"), List.of())).hasSize(1);
    }

    @Test
    void ordinaryWordListIsConfigurable(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("words.txt"), "# none of ours\nkhan\namelia\n");
        PupilNameDetector custom = new PupilNameDetector(settings("ordinary_words: words.txt\n"),
                resources(DIRECTORY, dir));
        assertThat(custom.detect(body("amelia khan"), List.of())).isEmpty();
        assertThat(custom.detect(body("Grace Hill"), List.of())).hasSize(1).allMatch(f -> f.confidence() >= 0.9);
    }

    @Test
    void unknownSettingIsRefused() {
        ConfigNode root = YamlDocument.parse(Path.of("gateway.yaml"), "pupil_name:\n  line_break: false\n").root();
        new PupilNameDetector(root.section("pupil_name"), resources());
        assertThatThrownBy(root::finish).isInstanceOf(ConfigException.class).hasMessageContaining("line_break");
    }

    @Test
    void missingExplicitWordListIsAConfigError() {
        assertThatThrownBy(() -> new PupilNameDetector(settings("place_words: nowhere.txt\n"), resources()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("nowhere.txt");
    }

    @Test
    void emptyRosterFindsNothing() {
        PupilNameDetector none = new PupilNameDetector(settings(""),
                resources(new Directory(List.of(), List.of(), List.of()), CONFIG));
        assertThat(none.detect(body("Amelia Khan"), List.of())).isEmpty();
    }

    @Test
    void largeRosterStillFindsEachPupil() {
        List<Pupil> pupils = RosterGenerator.pupils(20_000);
        PupilNameDetector big = new PupilNameDetector(settings(""),
                resources(new Directory(List.of(), List.of(), pupils), CONFIG));
        Pupil someone = pupils.get(12_345);
        String text = "Report for " + someone.forename() + " " + someone.surname() + " attached.";
        List<Finding> found = big.detect(body(text), List.of());
        assertThat(found).extracting(Finding::subject).containsExactly(someone.upn());
    }

    @Test
    void oneVeryLongLineWithManyNames() {
        String text = "Amelia Khan, Rhys Taylor, Zoë Clarke; ".repeat(5_000);
        assertThat(find(text)).hasSize(15_000);
    }

    @Test
    void worksOnSubjectsAndAttachments() {
        assertThat(detector.detect(subject("Re: Amelia Khan - reading"), List.of())).hasSize(1);
        TextSegment file = attachment("Amelia_Khan_report.pdf", "Amelia_Khan_report.pdf");
        assertThat(subjects(detector.detect(file, List.of()))).containsExactly(AMELIA_KHAN);
    }

    @Test
    void pupilBornTodayIsNotSpecial() {
        Pupil p = new Pupil("X100000000099", "Ann", "Lee", "", LocalDate.now(), "R", "");
        PupilNameDetector one = new PupilNameDetector(settings(""),
                resources(new Directory(List.of(), List.of(), new ArrayList<>(List.of(p))), CONFIG));
        assertThat(one.detect(body("Ann Lee"), List.of())).hasSize(1);
    }
}
