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

class HealthDetectorTest {
    private final HealthDetector detector = new HealthDetector(settings(""), resources());

    private List<Finding> run(TextSegment segment, Finding... identifiers) {
        return runAfterNames(detector, segment, identifiers);
    }

    private List<Finding> body(String text) {
        return run(PeopleFixture.body(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Amelia Khan has asthma.",
        "Amelia Khan (Year 5) was diagnosed with epilepsy last year.",
        "Please note Amelia Khan has a severe nut allergy.",
        "Amelia Khan's insulin pump needs new batteries.",
        "amelia khan had a seizure at lunch",
        "Can Amelia Khan's EpiPen go on the trip?",
        "Amelia Khan takes methylphenidate at lunchtime.",
        "Amelia Khan is in hospital after breaking her arm.",
        "Amelia Khan has a CAMHS appointment on Tuesday.",
        "Zoe Clarke is allergic to penicillin.",
        "Amelia Khan was sent home with chickenpox.",
        "Amelia Khan's mental health has been a worry this term.",
        "Amelia Khan has type 1 diabetes.",
        "Amelia Khan has been self-harming.",
        "Amelia Khan was seen by her GP for anxiety and low mood.",
        "Amelia Khan uses a wheelchair (cerebral palsy).",
        "Amelia Khan has adhd and finds transitions hard."
    })
    void conditionsOfANamedPupil(String text) {
        List<Finding> found = body(text);
        assertThat(found).isNotEmpty().allMatch(f -> f.type() == FindingType.HEALTH);
        assertThat(subjects(found)).containsOnly(text.startsWith("Zoe") ? ZOE_CLARKE : AMELIA_KHAN);
    }

    @Test
    void longestTermWinsAndEachTermIsAFinding() {
        TextSegment s = PeopleFixture.body("Amelia Khan has type 1 diabetes and uses an inhaler.");
        assertThat(covered(s, run(s))).containsExactly("type 1 diabetes", "inhaler");
    }

    @Test
    void tableRowTiesTheConditionToThatRowsPupil() {
        TextSegment s = PeopleFixture.body("Name\tYear\tNotes\nAmelia Khan\t5\tAsthma - inhaler in office\n"
                + "Rhys Taylor\t5\tLoves football\n");
        List<Finding> found = run(s);
        assertThat(covered(s, found)).containsExactly("Asthma", "inhaler");
        assertThat(subjects(found)).containsOnly(AMELIA_KHAN);
        assertThat(found.get(0).rule()).contains("same table row").doesNotContain("Asthma").doesNotContain("asthma");
    }

    @Test
    void medicalColumnValuesAreFindings() {
        TextSegment s = PeopleFixture.attachment("trip.xlsx", "Name\tYear\tMedical needs\tPhoto consent\n"
                + "Amelia Khan\t5\tPeanuts\tY\nRhys Taylor\t5\tNone\tY\nZoë Clarke\t5\tN/A\tN\n"
                + "Summer Field\t5\tAsthma\tY\n");
        List<Finding> found = run(s);
        assertThat(covered(s, found)).containsExactly("Asthma", "Peanuts");
        assertThat(subjects(found)).containsExactly(SUMMER_FIELD, AMELIA_KHAN);
        assertThat(found.get(1).rule()).contains("'medical needs' column");
    }

    @Test
    void csvMedicalRegister() {
        TextSegment s = PeopleFixture.attachment("medical.csv", "Pupil,Year,Allergies\nAmelia Khan,5,Sesame\n"
                + "Rhys Taylor,5,NKA\nGrace Hill,5,Penicillin\n");
        assertThat(subjects(run(s))).containsExactly(AMELIA_KHAN, GRACE_HILL);
    }

    @Test
    void consentColumnsAreNotMedicalData() {
        TextSegment s = PeopleFixture.body("Name\tMedical consent\tFirst aid trained\nAmelia Khan\tYes\tNo\n");
        assertThat(run(s)).isEmpty();
    }

    @Test
    void identifierMakesThePersonIdentifiable() {
        TextSegment s = PeopleFixture.body("The child born on 14/05/2016 has type 1 diabetes.");
        Finding dob = identifier(FindingType.DATE_OF_BIRTH, s, "14/05/2016", "dob:2016-05-14");
        List<Finding> found = run(s, dob);
        assertThat(subjects(found)).containsExactly("dob:2016-05-14");
        assertThat(found.get(0).rule()).contains("DATE_OF_BIRTH");
    }

    @Test
    void identifierWithoutSubjectCountsAsTheSamePersonAsTheBulkRuleWould() {
        TextSegment s = PeopleFixture.body("NHS number 485 777 3456: asthma.");
        Finding nhs = identifier(FindingType.UK_NHS_NUMBER, s, "485 777 3456", null);
        assertThat(subjects(run(s, nhs))).containsExactly("body@11:UK_NHS_NUMBER");
    }

    @Test
    void identifierInARowGivesTheRowAsSubject() {
        TextSegment s = PeopleFixture.attachment("list.xlsx", "DOB\tCondition\n14/05/2016\tEpilepsy\n");
        Finding dob = identifier(FindingType.DATE_OF_BIRTH, s, "14/05/2016", "dob:2016-05-14");
        assertThat(subjects(run(s, dob))).containsExactly("row:list.xlsx:" + s.text().indexOf("14/05"));
    }

    @Test
    void paragraphAndPronounScopes() {
        TextSegment para = PeopleFixture.body("Amelia Khan had a difficult morning.\nShe had a seizure at 10:30.");
        List<Finding> p = run(para);
        assertThat(subjects(p)).containsExactly(AMELIA_KHAN);
        assertThat(p.get(0).rule()).contains("same paragraph");

        TextSegment doc = PeopleFixture.body("Update on Amelia Khan\n\nJust to let you know she has been "
                + "diagnosed with asthma.\n\nThanks");
        List<Finding> d = run(doc);
        assertThat(covered(doc, d)).containsExactly("has been diagnosed", "asthma");
        assertThat(subjects(d)).containsOnly(AMELIA_KHAN);
        assertThat(d.get(0).confidence()).isLessThan(p.get(0).confidence());

        TextSegment forename = PeopleFixture.body("Update on Amelia Khan\n\nAmelia needs her inhaler at PE.");
        assertThat(subjects(run(forename))).containsExactly(AMELIA_KHAN);
    }

    @Test
    void onePupilAttachmentIsAboutThatPupil() {
        TextSegment s = PeopleFixture.attachment("profile.docx", "One-page profile: Amelia Khan\n\n"
                + "What is important to me\n\nI use an inhaler before PE and I am allergic to kiwi.");
        assertThat(subjects(run(s))).containsExactly(AMELIA_KHAN, AMELIA_KHAN);
    }

    @Test
    void staffAndParentsAreNotIdentifiableByDefault() {
        // The contract's identifiable person: a roster pupil in full, or someone an identifier is
        // attributed to. A colleague's or parent's name alone is not, unless the school opts in.
        assertThat(run(PeopleFixture.body("Marta Nowak is having surgery on her knee next week."))).isEmpty();
        assertThat(run(PeopleFixture.body("Gemma Khan has been in hospital since Friday."))).isEmpty();
    }

    @Test
    void staffAndParentsAreIdentifiableWhenTheSchoolOptsIn() {
        HealthDetector optedIn = new HealthDetector(settings("directory_people: [staff, parents]"), resources());
        TextSegment staff = PeopleFixture.body("Marta Nowak is having surgery on her knee next week.");
        assertThat(subjects(runAfterNames(optedIn, staff))).containsExactly("person:marta nowak");
        TextSegment parent = PeopleFixture.body("Gemma Khan has been in hospital since Friday.");
        assertThat(subjects(runAfterNames(optedIn, parent))).containsExactly("person:gemma khan");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Health and safety training for all staff on Monday.",
        "Healthy eating week starts Monday and Amelia Khan won the poster prize.",
        "Please remind children to bring inhalers for the trip.",
        "Mental health awareness week: Amelia Khan's class will lead the assembly.",
        "First aid training: Katie Walker and Marta Nowak, Tuesday 3pm.",
        "We are an allergy-aware school, so Amelia Khan's party cake must be nut free.",
        "Amelia Khan has no known allergies.",
        "Amelia Khan does not have asthma.",
        "Amelia Khan - medical conditions: none.",
        "Amelia Khan won star of the week.\n\nReminder: please bring inhalers for the trip.",
        "EpiPen training for Katie Walker on Tuesday.",
        "Dear Katie Walker,\nThe asthma policy has been updated.",
        "Please read the new guidance on asthma.\nKatie Walker",
        "Amelia Khan's project on the Great Depression was excellent.",
        "Amelia Khan wants to study medicine at university.",
        "Amelia Khan and Rhys Taylor will do the health and safety talk.",
        "The medical room is next to the office; Amelia Khan knows the way.",
        "Supporting pupils with medical conditions: Amelia Khan's mum asked for the policy.",
        "Dr Helen Marsh will lead the first aid training.",
        "The School Office has the first aid kit and the asthma register.",
        "Sports day: Amelia Khan won the sack race. Reminder: children with asthma should bring their inhalers.",
        "Amelia Khan won the sack race.\nReminder: bring inhalers and sun cream.",
        "Please tell us if Amelia Khan has any allergies."
    })
    void topicsTrainingAndNegationsAreNotFindings(String text) {
        assertThat(body(text)).isEmpty();
    }

    @Test
    void conditionWithNobodyIsNotAFinding() {
        assertThat(body("One pupil in Year 5 has diabetes; please keep snacks in the classroom.")).isEmpty();
    }

    @Test
    void twoPupilsInASentenceGivesTheNearerOneBefore() {
        TextSegment s = PeopleFixture.body("Amelia Khan's friend Rhys Taylor has asthma.");
        assertThat(subjects(run(s))).containsExactly(RHYS_TAYLOR);
    }

    @Test
    void negationSettingCanBeTurnedOff() {
        HealthDetector noNegation = new HealthDetector(settings("negation: false\n"), resources());
        assertThat(runAfterNames(noNegation, PeopleFixture.body("Amelia Khan has no known allergies."))).hasSize(1);
    }

    @Test
    void paragraphScopeNeedsAReferenceBackUnlessTurnedOff() {
        TextSegment s = PeopleFixture.body("Amelia Khan won the sack race.\nReminder: bring inhalers and sun cream.");
        assertThat(run(s)).isEmpty();
        HealthDetector loose = new HealthDetector(settings("paragraph_anaphora: false\n"), resources());
        assertThat(subjects(runAfterNames(loose, s))).containsExactly(AMELIA_KHAN);
    }

    @Test
    void scopesCanBeNarrowed() {
        HealthDetector sentenceOnly = new HealthDetector(settings("scopes: [row, sentence]\n"), resources());
        TextSegment para = PeopleFixture.body("Amelia Khan had a difficult morning.\nShe had a seizure at 10:30.");
        assertThat(runAfterNames(sentenceOnly, para)).isEmpty();
    }

    @Test
    void directoryPeopleCanBeSwitchedOff() {
        HealthDetector pupilsOnly = new HealthDetector(settings("directory_people: []\n"), resources());
        assertThat(runAfterNames(pupilsOnly, PeopleFixture.body("Gemma Khan has been in hospital."))).isEmpty();
    }

    @Test
    void oneVeryLongLineWithManyTermsStopsAtTheFindingLimit() {
        TextSegment s = PeopleFixture.body("Amelia Khan has asthma and an inhaler; ".repeat(5_000));
        assertThat(run(s)).hasSize(1_000);
        HealthDetector more = new HealthDetector(settings("max_findings: 20000\n"), resources());
        assertThat(runAfterNames(more, s)).hasSize(10_000);
    }

    @Test
    void excerptsAreMasked() {
        Finding f = body("Amelia Khan has asthma.").get(0);
        assertThat(f.excerpt()).doesNotContain("asthma");
    }
}
