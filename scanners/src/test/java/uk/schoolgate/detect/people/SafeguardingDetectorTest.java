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

class SafeguardingDetectorTest {
    private final SafeguardingDetector detector = new SafeguardingDetector(settings(""), resources());

    private List<Finding> run(TextSegment segment, Finding... identifiers) {
        return runAfterNames(detector, segment, identifiers);
    }

    private List<Finding> body(String text) {
        return run(PeopleFixture.body(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Amelia Khan is on a child protection plan.",
        "Amelia Khan is subject to a CP plan under the category of neglect.",
        "Amelia Khan made a disclosure to her teacher this morning.",
        "I have made a referral to children's social care about Amelia Khan.",
        "Amelia Khan is a looked-after child; her PEP meeting is on Tuesday.",
        "Amelia Khan (LAC) will be collected by her foster carer.",
        "Section 47 enquiry opened for Amelia Khan.",
        "Amelia Khan's social worker will attend the CIN meeting.",
        "Amelia Khan no longer has a CP plan.",
        "The police were called to Amelia Khan's home last night.",
        "Amelia Khan told me she is being abused at home."
    })
    void childProtectionInformationAboutANamedPupil(String text) {
        List<Finding> found = body(text);
        assertThat(found).isNotEmpty().allMatch(f -> f.type() == FindingType.SAFEGUARDING);
        assertThat(subjects(found)).containsOnly(AMELIA_KHAN);
    }

    @Test
    void parentsAndStaffAreIdentifiableWhenTheSchoolOptsIn() {
        assertThat(body("Gemma Khan disclosed domestic abuse to the office.")).isEmpty();
        SafeguardingDetector optedIn = new SafeguardingDetector(settings("directory_people: [staff, parents]"),
                resources());
        assertThat(subjects(runAfterNames(optedIn, PeopleFixture.body("Gemma Khan disclosed domestic abuse to the office."))))
                .containsOnly("person:gemma khan");
        assertThat(subjects(runAfterNames(optedIn,
                PeopleFixture.body("There has been an allegation against Tom Hughes; a LADO referral was made."))))
                .containsOnly("person:tom hughes");
    }

    @Test
    void safeguardingColumns() {
        TextSegment s = PeopleFixture.body("Name\tCP\tCIN\tLAC\nAmelia Khan\tY\tN\tN\nRhys Taylor\tN\tN\t-\n"
                + "Zoë Clarke\tN\tYes\tN\n");
        List<Finding> found = run(s);
        assertThat(subjects(found)).containsExactly(AMELIA_KHAN, ZOE_CLARKE);
        assertThat(found.get(0).rule()).contains("'cp' column");
    }

    @Test
    void identifiersMakeThePersonIdentifiable() {
        TextSegment s = PeopleFixture.body("Re child DOB 14/05/2016: section 47 enquiry opened today.");
        Finding dob = identifier(FindingType.DATE_OF_BIRTH, s, "14/05/2016", "dob:2016-05-14");
        assertThat(subjects(run(s, dob))).containsExactly("dob:2016-05-14");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Safeguarding training is on Monday for all staff.",
        "Please read the safeguarding policy before term starts.",
        "Rukhsana Ahmed, our Designated Safeguarding Lead, will be in school all week.",
        "If you have any safeguarding concerns, speak to Rukhsana Ahmed.",
        "Rukhsana Ahmed will make a referral to children's social care when needed.",
        "Amelia Khan has no safeguarding concerns.",
        "Katie Walker neglected to send the register.",
        "Prevent duty training for Katie Walker is on Friday.",
        "Amelia Khan's class had a pep talk before the match.",
        "AMELIA KHAN AND THE MASH POTATO DAY WINNERS",
        "What happens when a child is on a child protection plan? See the guidance from Katie Walker.",
        "Dear Katie Walker,\nThe CP training is on Friday.",
        "Amelia Khan is not a looked after child.",
        "The virtual school head, Dr Helen Marsh, visits on Monday.",
        "Amelia Khan's cat went missing last week.",
        "Amelia Khan is in room S47 for maths."
    })
    void trainingPoliciesRolesAndNegationsAreNotFindings(String text) {
        assertThat(body(text)).isEmpty();
    }

    @Test
    void safeguardingTopicWithoutAPerson() {
        assertThat(body("Strategy meeting at 2pm; a section 47 enquiry may follow.")).isEmpty();
    }

    @Test
    void quotedHistoryStillCounts() {
        TextSegment s = new TextSegment(uk.schoolgate.detect.Location.BODY,
                "Thanks.\n\nOn Mon, Katie wrote:\n> Amelia Khan made a disclosure today.", 8);
        assertThat(subjects(run(s))).containsExactly(AMELIA_KHAN);
    }
}
