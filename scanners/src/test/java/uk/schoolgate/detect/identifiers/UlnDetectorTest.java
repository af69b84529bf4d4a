package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.TextSegment;

class UlnDetectorTest {
    private final UlnDetector detector = UlnDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @ValueSource(strings = {
        "ULN: 9276308686",
        "His unique learner number is 7245957117.",
        "Learner number 9887180334 for the exam entry",
        "6242731672 (ULN)",
        "ULN\t9975140261",
    })
    void ulnsWithContextAreFound(String text) {
        assertThat(found(detector, text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "9276308686",                          // valid, but a bare ten-digit number
        "Order number 9276308686 was dispatched",
        "Call 0113 496 0123 about the ULN",    // a phone number near the word
        "ULN: 9276308687",                     // check digit wrong
        "ULN: 0276308686",                     // first digit zero
        "ULN: 927630868",                      // nine digits
        "ULN: 92763086861",                    // eleven digits
        "ULN: 1234567890",                     // fails the check
        "ULN: 4011590835",                     // an NHS number: passes the NHS check, never the ULN one
        "ULN: 92763-08686",
        "ULN: 9276308686.5",
    })
    void notUlns(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void columnHeadedUlnIsCertain() {
        TextSegment sheet = Fixtures.attachment("y11.xlsx", "Name\tULN\tCandidate no\nBo Lee\t9276308686\t4021\n");
        Finding f = detector.detect(sheet, List.of()).get(0);
        assertThat(f.confidence()).isEqualTo(1.0);
        assertThat(f.rule()).contains("valid check digit").contains("column 'uln'");
        assertThat(f.subject()).isEqualTo("9276308686");
    }

    @Test
    void contextCanBeMadeOptional() {
        UlnDetector lenient = UlnDetector.create(Fixtures.settings("require_context: false"), Fixtures.RESOURCES);
        List<Finding> all = lenient.detect(Fixtures.body("ref 9276308686"), List.of());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void contextWordsAreConfigurable() {
        UlnDetector custom = UlnDetector.create(Fixtures.settings("context_words: [learner id]"), Fixtures.RESOURCES);
        assertThat(found(custom, "Learner ID 9276308686")).hasSize(1);
        assertThat(found(custom, "ULN 9276308686")).isEmpty();
    }

    @Test
    void checkDigitRuleMatchesTheLrsExample() {
        assertThat(CheckDigits.ulnValid("9276308686")).isTrue();
        assertThat(CheckDigits.ulnValid("9276308685")).isFalse();
    }
}
