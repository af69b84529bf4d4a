package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.people.PeopleFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

class SenDetectorTest {
    private final SenDetector detector = new SenDetector(settings(""), resources());

    private List<Finding> run(TextSegment segment, Finding... identifiers) {
        return runAfterNames(detector, segment, identifiers);
    }

    private List<Finding> body(String text) {
        return run(PeopleFixture.body(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Amelia Khan has an EHCP.",
        "Amelia Khan's EHC plan is being reviewed.",
        "Amelia Khan is on SEN support for reading.",
        "Amelia Khan is dyslexic.",
        "Amelia Khan (ASD) may find the assembly noisy.",
        "Amelia Khan has dyspraxia and finds transitions hard.",
        "Amelia Khan's SEND review is next week.",
        "The educational psychologist will observe Amelia Khan on Monday.",
        "Amelia Khan needs 1:1 support at lunchtime.",
        "Amelia Khan sees the speech and language therapist on Thursdays.",
        "Amelia Khan has access arrangements for her SATs.",
        "Amelia Khan's hearing aids need new batteries.",
        "Amelia Khan is a wheelchair user.",
        "Amelia Khan's annual review is on 3 March."
    })
    void needsOfANamedPupil(String text) {
        List<Finding> found = body(text);
        assertThat(found).isNotEmpty().allMatch(f -> f.type() == FindingType.SEN);
        assertThat(subjects(found)).containsOnly(AMELIA_KHAN);
    }

    @Test
    void senRegisterCsvGivesOnePersonPerRow() {
        TextSegment s = PeopleFixture.attachment("sen_register.csv", "Pupil,Year,Need\n"
                + "Summer Field,3,SEN support - speech and language therapy\nAmelia Khan,3,EHCP - autism\n"
                + "Will Brook,3,SEN support - dyslexia\nRhys Taylor,3,SEN support - SEMH\n");
        List<Finding> found = run(s);
        assertThat(found).extracting(Finding::subject).containsOnly(SUMMER_FIELD, AMELIA_KHAN, WILL_BROOK, RHYS_TAYLOR);
        assertThat(found).allMatch(f -> f.rule().contains("same table row"));
    }

    @Test
    void senStatusColumnCodes() {
        TextSegment s = PeopleFixture.body("Pupil\tSEN status\tEAL\nAmelia Khan\tK\tN\nRhys Taylor\tN\tY\n"
                + "Zoë Clarke\tE\tN\n");
        List<Finding> found = run(s);
        assertThat(covered(s, found)).containsExactly("K", "E");
        assertThat(subjects(found)).containsExactly(AMELIA_KHAN, ZOE_CLARKE);
    }

    @Test
    void rowWithSurnameAndForenameCells() {
        TextSegment s = PeopleFixture.body("Surname\tForename\tNotes\nKhan\tAmelia\tSEN support - dyslexia\n");
        assertThat(subjects(run(s))).containsOnly(AMELIA_KHAN).hasSize(2);
    }

    @Test
    void transitionEmailAboutOnePupil() {
        TextSegment s = PeopleFixture.body("Hi James,\n\nRe: Amelia Khan (Year 6)\n\n"
                + "She has an EHCP and her autism means the new building will be hard at first.\n\nKatie");
        assertThat(subjects(run(s))).containsOnly(AMELIA_KHAN).hasSize(2);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Please read the SEN policy before Friday.",
        "SEN support in our school is coordinated by James Fletcher, our SENCo.",
        "James Fletcher (SENCo) will meet Amelia Khan's mum on Monday.",
        "Can you send Amelia Khan's reading book home?",
        "PLEASE SEND AMELIA KHAN'S FORMS BACK TO THE OFFICE",
        "Amelia Khan does not have an EHCP.",
        "Amelia Khan is not on the SEN register.",
        "EHCP annual review process guidance attached.",
        "Autism awareness week: Amelia Khan made a brilliant poster.",
        "Amelia Khan gets EAL support on Tuesdays.",
        "I have disabled Amelia Khan's login until the password is reset.",
        "The SEND information report is on the website, Gemma Khan.",
        "Children with SEND will have a quiet space at sports day, Amelia Khan's class included.",
        "Amelia Khan: EHCP - no.",
        "The salt and pepper pots are missing from Amelia Khan's table."
    })
    void topicsRolesAndOrdinaryWordsAreNotFindings(String text) {
        assertThat(body(text)).isEmpty();
    }

    @Test
    void senWithoutAPersonIsATopic() {
        assertThat(body("We now have 43 pupils on SEN support and 6 with an EHCP.")).isEmpty();
    }

    @Test
    void staffAreNotIdentifiableByDefaultButCanBe() {
        TextSegment s = PeopleFixture.body("Marta Nowak has dyslexia and would like the notes in advance.");
        assertThat(run(s)).isEmpty();
        SenDetector withStaff = new SenDetector(settings("directory_people: [staff, parents]\n"), resources());
        assertThat(subjects(runAfterNames(withStaff, s))).containsExactly("person:marta nowak");
    }

    @Test
    void shoutingRuleIsConfigurable() {
        SenDetector noShouting = new SenDetector(settings("shouting_acronyms: []\n"), resources());
        TextSegment s = PeopleFixture.subject("AMELIA KHAN SEND REVIEW");
        assertThat(run(s)).isEmpty();
        assertThat(runAfterNames(noShouting, s)).hasSize(1);
    }
}
