package uk.schoolgate.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.schoolgate.config.PolicySettings;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.extract.ExtractedPart;
import uk.schoolgate.extract.Unreadable;

class PolicyEngineTest {
    private static final PolicySettings DEFAULTS = new PolicySettings(2_097_152, 5, 10, Action.DELIVER,
            PolicySettings.defaultActions());
    private final PolicyEngine engine = new PolicyEngine(DEFAULTS);

    private Verdict decide(Facts facts) {
        MessageFacts f = facts.build();
        return engine.decide(f, f.findings(), List.of());
    }

    @Test
    void cleanMessageIsDelivered() {
        Verdict v = decide(Facts.message());
        assertThat(v.action()).isEqualTo(Action.DELIVER);
        assertThat(v.flags()).isEmpty();
        assertThat(v.reasons()).isEmpty();
    }

    @Test
    void personalDataIsEncryptedOnlyWhenARecipientIsExternal() {
        Verdict internal = decide(Facts.message().envelope("teacher@oakfield.sch.uk", "head@oakfield.sch.uk")
                .finding(FindingType.DATE_OF_BIRTH));
        assertThat(internal.action()).isEqualTo(Action.DELIVER);
        assertThat(internal.has(Flag.PERSONAL_DATA)).isTrue();

        Verdict external = decide(Facts.message()
                .envelope("teacher@oakfield.sch.uk", "head@oakfield.sch.uk", "ep@council.gov.uk")
                .finding(FindingType.DATE_OF_BIRTH));
        assertThat(external.action()).isEqualTo(Action.ENCRYPT);
        assertThat(external.recipientActions()).containsEntry("head@oakfield.sch.uk", Action.DELIVER)
                .containsEntry("ep@council.gov.uk", Action.ENCRYPT);
        assertThat(external.reasons()).singleElement().asString()
                .contains("a date of birth").contains("sent encrypted");
    }

    @Test
    void mostSevereActionWinsAndFlagsAreOrderedBySeverity() {
        Verdict v = decide(Facts.message().envelope("teacher@oakfield.sch.uk", "ep@council.gov.uk")
                .finding(FindingType.HEALTH).finding(FindingType.CREDENTIAL).attachment("big.pdf", 3_000_000));
        assertThat(v.action()).isEqualTo(Action.REJECT);
        assertThat(v.flags()).extracting(RaisedFlag::flag).containsExactly(Flag.ATTACHMENT_TOO_LARGE,
                Flag.CREDENTIALS_OR_FINANCIAL, Flag.SPECIAL_CATEGORY);
        assertThat(v.recipientActions()).containsEntry("ep@council.gov.uk", Action.REJECT);
    }

    @Test
    void bulkPersonalDataIsHeldOnlyWhenItLeavesTheSchool() {
        Facts internal = Facts.message().envelope("teacher@oakfield.sch.uk", "head@oakfield.sch.uk");
        Facts external = Facts.message().envelope("teacher@oakfield.sch.uk", "trip@coaches.example.com");
        for (int i = 0; i < 12; i++) {
            internal.finding(FindingType.DATE_OF_BIRTH, "pupil-" + i);
            external.finding(FindingType.DATE_OF_BIRTH, "pupil-" + i);
        }
        assertThat(decide(internal).action()).isEqualTo(Action.DELIVER);
        Verdict v = decide(external);
        assertThat(v.action()).isEqualTo(Action.QUARANTINE);
        assertThat(v.flags()).extracting(RaisedFlag::flag).contains(Flag.BULK_PERSONAL_DATA, Flag.PERSONAL_DATA);
        assertThat(v.reasons().get(0)).contains("12 people").contains("data protection officer");
    }

    @Test
    void bulkCountsDistinctPeopleNotFindings() {
        Facts facts = Facts.message().envelope("teacher@oakfield.sch.uk", "x@example.com");
        for (int i = 0; i < 30; i++) {
            facts.finding(FindingType.DATE_OF_BIRTH, "pupil-" + (i % 3));
        }
        assertThat(decide(facts).has(Flag.BULK_PERSONAL_DATA)).isFalse();
    }

    @Test
    void aRegisterOfNeedsIsBulkPersonalData() {
        Facts facts = Facts.message().envelope("teacher@oakfield.sch.uk", "ep@council.gov.uk");
        for (int i = 0; i < 12; i++) {
            facts.finding(FindingType.SEN, "pupil-" + i);
        }
        Verdict v = decide(facts);
        assertThat(v.flags()).extracting(RaisedFlag::flag).containsExactly(Flag.BULK_PERSONAL_DATA,
                Flag.SPECIAL_CATEGORY);
        assertThat(v.action()).isEqualTo(Action.QUARANTINE);
    }

    @Test
    void namesAloneAreNotPersonalData() {
        Facts facts = Facts.message().envelope("teacher@oakfield.sch.uk", "x@example.com");
        for (int i = 0; i < 30; i++) {
            facts.finding(FindingType.PUPIL_NAME, "pupil-" + i);
        }
        Verdict v = decide(facts);
        assertThat(v.flags()).isEmpty();
        assertThat(v.action()).isEqualTo(Action.DELIVER);
    }

    @Test
    void credentialsAreHeldWhoeverTheRecipients() {
        Verdict v = decide(Facts.message().envelope("teacher@oakfield.sch.uk", "head@oakfield.sch.uk")
                .finding(FindingType.PAYMENT_CARD));
        assertThat(v.action()).isEqualTo(Action.QUARANTINE);
        assertThat(v.flags()).extracting(RaisedFlag::flag).containsExactly(Flag.CREDENTIALS_OR_FINANCIAL);
    }

    @Test
    void offensiveLanguageIsDeliveredButFlagged() {
        Verdict v = decide(Facts.message().finding(FindingType.OFFENSIVE_LANGUAGE));
        assertThat(v.action()).isEqualTo(Action.DELIVER);
        assertThat(v.flags()).extracting(RaisedFlag::flag).containsExactly(Flag.OFFENSIVE_LANGUAGE);
        assertThat(v.reasons().get(0)).contains("designated safeguarding lead");
    }

    @Test
    void configuredActionsReplaceTheDefaults() {
        Map<Flag, FlagAction> actions = new EnumMap<>(PolicySettings.defaultActions());
        actions.put(Flag.OFFENSIVE_LANGUAGE, FlagAction.always(Action.QUARANTINE));
        PolicyEngine strict = new PolicyEngine(new PolicySettings(2_097_152, 5, 10, Action.DELIVER, actions));
        MessageFacts f = Facts.message().finding(FindingType.OFFENSIVE_LANGUAGE).build();
        Verdict v = strict.decide(f, f.findings(), List.of());
        assertThat(v.action()).isEqualTo(Action.QUARANTINE);
        assertThat(v.reasons().get(0)).contains("held until the designated safeguarding lead");
    }

    @Test
    void reportOnlyFindingsAreListedButDoNotCount() {
        MessageFacts f = Facts.message().envelope("teacher@oakfield.sch.uk", "x@example.com").build();
        var trial = new uk.schoolgate.detect.Finding(FindingType.UK_NINO, uk.schoolgate.detect.Location.BODY, 0, 9,
                "A*******", 0.9, null, "nino", true);
        Verdict v = engine.decide(f, List.of(trial), List.of());
        assertThat(v.action()).isEqualTo(Action.DELIVER);
        assertThat(v.findings()).containsExactly(trial);
    }

    @Test
    void unreadableAttachmentIsReportedAndDeliveredByDefault() {
        Verdict v = decide(Facts.message().part(new ExtractedPart("report.docx", "application/x-tika-ooxml-protected",
                1000, 0, true, "", false, null, new Unreadable(Unreadable.Reason.PASSWORD_PROTECTED, "encrypted"))));
        assertThat(v.action()).isEqualTo(Action.DELIVER);
        assertThat(v.unreadable()).singleElement().satisfies(u -> {
            assertThat(u.path()).isEqualTo("report.docx");
            assertThat(u.reason()).isEqualTo("password-protected");
        });
        assertThat(v.reasons()).singleElement().asString().contains("could not be checked");
    }

    @Test
    void unreadableAttachmentActionIsConfigurable() {
        PolicyEngine cautious = new PolicyEngine(new PolicySettings(2_097_152, 5, 10, Action.QUARANTINE,
                PolicySettings.defaultActions()));
        MessageFacts f = Facts.message().part(new ExtractedPart("x.pdf", "application/pdf", 10, 0, true, "", false,
                null, new Unreadable(Unreadable.Reason.CORRUPT, "bad xref"))).build();
        assertThat(cautious.decide(f, List.of(), List.of()).action()).isEqualTo(Action.QUARANTINE);
    }
}
