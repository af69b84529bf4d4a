package uk.schoolgate.decide.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveMarkingRuleTest {
    @ParameterizedTest
    @ValueSource(strings = {"SENSITIVE: Amelia's review", "HIGHLY SENSITIVE - referral", "Re: SENSITIVE",
        "Meeting notes (SENSITIVE)", "[Sensitive] EHCP draft", "Sensitive: Tom's plan", "RE: FW: Highly sensitive: notes",
        "Year 5 report - SENSITIVE"})
    void markings(String subject) {
        assertThat(SensitiveMarkingRule.isMarked(subject)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tips for sensitive conversations with parents", "Sensitivity training", "Insensitive remarks",
        "Year 5 trip", "", "NOT SENSITIVE - lunch menu", "Handling sensitive data: INSET slides"})
    void notMarkings(String subject) {
        assertThat(SensitiveMarkingRule.isMarked(subject)).isFalse();
    }
}
