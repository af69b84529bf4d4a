package uk.schoolgate.decide.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.schoolgate.decide.Facts;
import uk.schoolgate.testing.Eml;

class RecipientsExposedRuleTest {
    private final RecipientsExposedRule rule = new RecipientsExposedRule(5);

    private static Eml mail(String to, String cc, String bcc) {
        Eml e = Eml.message().from("teacher@oakfield.sch.uk").subject("Trip").to(to);
        if (cc != null) {
            e.cc(cc);
        }
        if (bcc != null) {
            e.bcc(bcc);
        }
        return e;
    }

    @Test
    void sixExternalInToAndCcAreExposed() {
        var facts = Facts.message().eml(mail("a@example.com, b@example.com, c@example.com",
                "d@example.com, e@example.com, f@example.org", null)).build();
        assertThat(rule.evaluate(facts)).hasValueSatisfying(t -> assertThat(t.what()).startsWith("6 addresses"));
    }

    @Test
    void fiveExternalAreAllowed() {
        var facts = Facts.message().eml(mail("a@example.com, b@example.com, c@example.com",
                "d@example.com, e@example.com, head@oakfield.sch.uk, x@PUPILS.oakfield.sch.uk", null)).build();
        assertThat(rule.evaluate(facts)).isEmpty();
    }

    @Test
    void bccIsInvisible() {
        var facts = Facts.message().eml(mail("teacher@oakfield.sch.uk", null,
                "a@example.com, b@example.com, c@example.com, d@example.com, e@example.com, f@example.com, g@example.com"))
                .build();
        assertThat(rule.evaluate(facts)).isEmpty();
    }

    @Test
    void duplicatesCountOnce() {
        var facts = Facts.message().eml(mail("a@example.com, A@EXAMPLE.COM, b@example.com, c@example.com",
                "d@example.com, e@example.com, b@example.com", null)).build();
        assertThat(rule.evaluate(facts)).isEmpty();
    }
}
