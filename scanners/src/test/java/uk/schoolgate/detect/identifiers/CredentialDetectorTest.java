package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

class CredentialDetectorTest {
    private final CredentialDetector detector = CredentialDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "password: Tr0ub4dor&3|Tr0ub4dor&3",
        "your PIN is 4821|4821",
        "username jsmith password Summer2024!|Summer2024!",
        "pw - hawthorn123|hawthorn123",
        "Your temporary password is Welcome1.|Welcome1",
        "Password: Hawthorn|Hawthorn",
        "The wifi password for guests is Oak#Lane22|Oak#Lane22",
        "Password (temporary): Blue-Sky-77|Blue-Sky-77",
        "Her password has been reset to Spring2025|Spring2025",
        "PIN: 004821|004821",
        "PIN 4821|4821",
        "The door code is 4821#|4821#",
        "Login: jsmith / Summer2024!|Summer2024!",
        "the password is 'sunflower'|sunflower",
        "Passcode = 9X7b2Q|9X7b2Q",
        "password:Maple2024|Maple2024",
        "P/W: Lime7!|Lime7!",
        "Password\tSummer2024!|Summer2024!",
        "Your new password is BlueSky.|BlueSky",
        "username/password: jsmith/Summer2024!|jsmith/Summer2024!",
        "Key safe code: 1966|1966",
        "The password for the zip file I sent earlier is: Kestrel-Moor-19|Kestrel-Moor-19",
    })
    void secretsWrittenOut(String text, String secret) {
        assertThat(found(detector, text)).containsExactly(secret);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please reset your password via the portal.",
        "Your password must be 8 characters long.",
        "Your password must contain at least 1 number.",
        "Forgot password?",
        "The report is a password-protected file.",
        "The password will be sent separately.",
        "I've changed my password.",
        "Password: ********",
        "Password: [sent separately]",
        "Password: see below",
        "Password: required",
        "password: 8 characters minimum",
        "Passwords must be changed every 90 days.",
        "Password expires 12/03/2025",
        "Password reset link: https://portal.example.com/reset",
        "Password policy 2024 attached",
        "Please pin 2024 calendars to the board.",       // 'pin' as a verb with a year after it
        "Pin badges cost 50p",
        "chip and PIN machine",
        "Your PIN must be 4 digits",
        "I forgot my PIN again",
        "Never share your password with anyone.",
        "The password is on the letter",
        "Password manager training on Friday",
        "password123",                                    // no wording before it
        "Log in with your school email and password.",
        "Login: jsmith",                                  // a username is not a secret
        "Enter the password e.g.",
        "The password is case-sensitive",
        "password (8+ characters)",
        "Meeting ID: 812 3456 7890\nPasscode: 482913\nJoin Zoom Meeting",
        "Microsoft Teams meeting. Passcode: a1B2c3",
        "Password: 12/03/2025",
        "Password: jane.doe@example.com",
        "Your password hint is your pet's name",
    })
    void instructionsWithoutASecret(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void aPasswordColumnInATable() {
        TextSegment sheet = Fixtures.attachment("logins.xlsx",
                "Name\tUsername\tPassword\nBo Lee\tblee\tCat123!\nAl Roe\taroe\tDog456?\nCy Poe\tcpoe\t-\n");
        List<Finding> all = detector.detect(sheet, List.of());
        assertThat(all).hasSize(2);
        assertThat(all).allSatisfy(f -> {
            assertThat(f.type()).isEqualTo(FindingType.CREDENTIAL);
            assertThat(f.rule()).contains("column headed 'password'");
        });
        assertThat(sheet.text().substring(all.get(0).start(), all.get(0).end())).isEqualTo("Cat123!");
    }

    @Test
    void aPinColumnNeedsDigits() {
        TextSegment sheet = Fixtures.attachment("pins.csv", "Name,PIN\nBo Lee,4821\nAl Roe,n/a\n");
        assertThat(found(detector, sheet, List.of())).containsExactly("4821");
    }

    @Test
    void excerptIsMaskedAndRuleHasNoSecret() {
        Finding f = detector.detect(Fixtures.body("password: Tr0ub4dor&3"), List.of()).get(0);
        assertThat(f.excerpt()).doesNotContain("Tr0ub4dor");
        assertThat(f.rule()).doesNotContain("Tr0ub4dor").contains("'password'");
    }

    @Test
    void confidenceFollowsShapeAndDelimiter() {
        double strong = detector.detect(Fixtures.body("Password: Summer2024!"), List.of()).get(0).confidence();
        double word = detector.detect(Fixtures.body("Password: Hawthorn"), List.of()).get(0).confidence();
        assertThat(strong).isGreaterThan(word);
    }

    @Test
    void settingsChangeTheRules() {
        CredentialDetector pins = CredentialDetector.create(Fixtures.settings("pin_min_length: 6"), Fixtures.RESOURCES);
        assertThat(found(pins, "PIN: 4821")).isEmpty();
        assertThat(found(pins, "PIN: 482193")).hasSize(1);
        CredentialDetector noExclusions = CredentialDetector.create(Fixtures.settings("exclusion_words: []"),
                Fixtures.RESOURCES);
        assertThat(found(noExclusions, "Zoom meeting. Passcode: a1B2c3")).hasSize(1);
    }
}
