package uk.schoolgate.decide.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.schoolgate.decide.Facts;

class ContactRulesTest {
    private final ParentContactRule parents = new ParentContactRule();
    private final PupilContactRule pupils = new PupilContactRule();

    @Test
    void unapprovedTeacherWritingToAParentIsHeld() {
        var facts = Facts.message().envelope("teacher@oakfield.sch.uk", "MUM@example.com").build();
        assertThat(parents.evaluate(facts)).hasValueSatisfying(t ->
                assertThat(t.what()).isEqualTo("One recipient is a parent, and you are not approved to email parents."));
    }

    @Test
    void approvedStaffMayWriteToParents() {
        assertThat(parents.evaluate(Facts.message().envelope("Office@oakfield.sch.uk", "mum@example.com").build())).isEmpty();
    }

    @Test
    void unknownSenderHasNoApproval() {
        assertThat(parents.evaluate(Facts.message().envelope("supply@oakfield.sch.uk", "dad@example.org").build()))
                .hasValueSatisfying(t -> assertThat(t.what()).contains("not on the school's staff list"));
    }

    @Test
    void aColleagueWhoIsAlsoAParentIsNotAParent() {
        assertThat(parents.evaluate(Facts.message().envelope("teacher@oakfield.sch.uk", "jo.parent@oakfield.sch.uk")
                .build())).isEmpty();
    }

    @Test
    void pupilContactNeedsApproval() {
        assertThat(pupils.evaluate(Facts.message().envelope("office@oakfield.sch.uk", "amelia.khan@pupils.oakfield.sch.uk")
                .build())).isPresent();
        assertThat(pupils.evaluate(Facts.message().envelope("head@oakfield.sch.uk", "amelia.khan@pupils.oakfield.sch.uk")
                .build())).isEmpty();
    }

    @Test
    void theAuthenticatedUserIsTheSender() {
        var facts = Facts.message().eml(uk.schoolgate.testing.Eml.message().from("head@oakfield.sch.uk").to("mum@example.com"))
                .build();
        var asTeacher = new uk.schoolgate.decide.MessageFacts(
                new uk.schoolgate.pipeline.Envelope("head@oakfield.sch.uk", java.util.List.of("mum@example.com"),
                        java.util.Optional.of("teacher@oakfield.sch.uk")),
                facts.message(), facts.parts(), facts.findings(), facts.school(), facts.directory());
        assertThat(parents.evaluate(asTeacher)).isPresent();
    }
}
