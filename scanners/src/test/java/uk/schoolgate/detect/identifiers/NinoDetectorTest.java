package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;

class NinoDetectorTest {
    private final NinoDetector detector = NinoDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @ValueSource(strings = {
        "NI number: AB123456C",
        "National Insurance number AB 12 34 56 C",
        "her NINO is JG 123456 A.",
        "AB123456C",
        "NI: ab123456c",                   // lower case with context
        "National insurance: AB123456",    // no suffix, with context
        "NI no. AB-12-34-56-D",
        "Staff record: Ms Lee, CE 98 76 54 B, start date September",
    })
    void ninos(String text) {
        assertThat(found(detector, text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "QQ123456A",                 // HMRC's example: Q is never a first letter
        "NI number: QQ 12 34 56 A",
        "DA123456A",                 // D first
        "AO123456A",                 // O second
        "GB123456A",                 // never-issued prefixes
        "BG123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A",
        "AB123456E",                 // suffix not A-D
        "AB123456",                  // no suffix, no context
        "ab123456c",                 // lower case, no context
        "XAB123456C",                // inside a longer token
        "AB123456CD",
        "AB1234567C",
        "AB 12 345 6C",
        "SKU AB12345C",
    })
    void notNinos(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void confidenceAndSubject() {
        Finding bare = detector.detect(Fixtures.body("AB123456C"), List.of()).get(0);
        Finding labelled = detector.detect(Fixtures.body("NI number: AB 12 34 56 C"), List.of()).get(0);
        assertThat(labelled.confidence()).isGreaterThan(bare.confidence());
        assertThat(labelled.subject()).isEqualTo("AB123456");
        assertThat(labelled.rule()).contains("valid prefix").contains("'ni number' before");
    }

    @Test
    void invalidPrefixesAreConfigurable() {
        NinoDetector custom = NinoDetector.create(Fixtures.settings("invalid_prefixes: [AB]"), Fixtures.RESOURCES);
        assertThat(found(custom, "AB123456C")).isEmpty();
        assertThat(found(custom, "GB123456C")).hasSize(1);
    }
}
