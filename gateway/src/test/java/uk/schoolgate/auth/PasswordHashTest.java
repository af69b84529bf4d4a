package uk.schoolgate.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {
    private static final int FAST = PasswordHash.MINIMUM_ITERATIONS;

    @Test
    void roundTripsThroughItsSelfDescribingForm() {
        PasswordHash hash = PasswordHash.create("Sp4rkly unicorn \u00e9".toCharArray(), FAST);
        String encoded = hash.encoded();
        assertThat(encoded).matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        PasswordHash parsed = PasswordHash.parse(encoded);
        assertThat(parsed.matches("Sp4rkly unicorn \u00e9".toCharArray())).isTrue();
        assertThat(parsed.matches("Sp4rkly unicorn e".toCharArray())).isFalse();
        assertThat(parsed.matches(new char[0])).isFalse();
    }

    @Test
    void isSaltedSoTheSamePasswordHashesDifferently() {
        assertThat(PasswordHash.create("same password".toCharArray(), FAST).encoded())
                .isNotEqualTo(PasswordHash.create("same password".toCharArray(), FAST).encoded());
    }

    @Test
    void newHashesUseTheStrongDefault() {
        assertThat(PasswordHash.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(210_000);
        assertThat(PasswordHash.create("x".repeat(12).toCharArray()).iterations()).isEqualTo(PasswordHash.DEFAULT_ITERATIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plaintext", "pbkdf2-sha256$1000$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", "bcrypt$x$y$z",
        "pbkdf2-sha256$abc$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", "pbkdf2-sha256$210000$!!$aGFzaGhhc2hoYXNoaGFzaA",
        "pbkdf2-sha256$210000$c2FsdHNhbHQ", "pbkdf2-sha256$210000$c2E$aGFzaGhhc2hoYXNoaGFzaA"})
    void refusesWeakOrMalformedHashesWithoutRepeatingThem(String text) {
        assertThatThrownBy(() -> PasswordHash.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    if (text.length() > 8) {
                        assertThat(e.getMessage()).doesNotContain(text);
                    }
                });
    }

    @Test
    void anEmptyPasswordCannotBeHashed() {
        assertThatThrownBy(() -> PasswordHash.create(new char[0], FAST)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringDoesNotShowTheHash() {
        PasswordHash hash = PasswordHash.create("secret password".toCharArray(), FAST);
        assertThat(hash.toString()).isEqualTo("pbkdf2-sha256$210000$...");
    }
}
