package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.TextSegment;

class NhsNumberDetectorTest {
    private final NhsNumberDetector detector = NhsNumberDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @ValueSource(strings = {
        "NHS number: 401 159 0835",
        "NHS No. 4011590835",
        "Her NHS number is 485-186-0919.",
        "The GP surgery confirmed 612 390 9967 as his number.",
        "Hospital letter ref 7900308245 attached",
        "Health and Care Number 345 628 1943",          // Northern Ireland
        "CHI number 1018219935",                        // Scotland
        "medical records: 250 937 8651",
    })
    void nhsNumbersWithHealthContext(String text) {
        assertThat(found(detector, text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Reference 401 159 0835 for your order",       // valid and in range, but no health context
        "4011590835",
        "NHS number: 401 159 0836",                     // fails modulus 11
        "NHS number: 550 797 5434",                     // passes modulus 11 but lies in the reserved 500-599 range
        "NHS number: 943 231 9482",                     // 9xx is not an issued range
        "NHS number: 401 1590 835",                     // not 3-3-4
        "NHS number: 401-159 0835",                     // mixed separators
        "NHS number: 40115908351",                      // eleven digits
        "NHS 111 is open all day",
        "Call the GP surgery on tel 0113496012",        // phone wording right before a number starting 0
    })
    void notNhsNumbers(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void strongContextIsMoreCertainThanGeneralHealthWords() {
        Finding nhs = detector.detect(Fixtures.body("NHS number 4011590835"), List.of()).get(0);
        Finding clinic = detector.detect(Fixtures.body("clinic note 4011590835"), List.of()).get(0);
        assertThat(nhs.confidence()).isGreaterThan(clinic.confidence());
        assertThat(nhs.rule()).contains("modulus 11").contains("'nhs number' before");
    }

    @Test
    void columnHeaderGivesContext() {
        TextSegment sheet = Fixtures.attachment("medical.csv", "Name,NHS No,Allergies\nBo Lee,4011590835,none\n");
        Finding f = detector.detect(sheet, List.of()).get(0);
        assertThat(f.confidence()).isEqualTo(1.0);
    }

    @Test
    void contextInAnotherParagraphDoesNotCount() {
        assertThat(found(detector, "Your NHS appointment letter.\n\n\nOrder ref 4011590835 dispatched")).isEmpty();
    }

    @Test
    void subjectIsTheNumberOrThePupil() {
        TextSegment text = Fixtures.body("Amelia Khan's NHS number is 401 159 0835.");
        Finding f = detector.detect(text, List.of(Fixtures.pupilName(text, "Amelia Khan", "A123456789012"))).get(0);
        assertThat(f.subject()).isEqualTo("A123456789012");
        Finding g = detector.detect(Fixtures.body("NHS number 401 159 0835"), List.of()).get(0);
        assertThat(g.subject()).isEqualTo("4011590835");
    }

    @Test
    void issuedRangesAreConfigurable() {
        NhsNumberDetector england = NhsNumberDetector.create(Fixtures.settings("issued_ranges: [\"400-499\"]"),
                Fixtures.RESOURCES);
        assertThat(found(england, "NHS number 4011590835")).hasSize(1);
        assertThat(found(england, "NHS number 6123909967")).isEmpty();
    }

    @Test
    void checkRule() {
        assertThat(CheckDigits.nhsValid("4011590835")).isTrue();
        assertThat(CheckDigits.nhsValid("4011590836")).isFalse();
    }
}
