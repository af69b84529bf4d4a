package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;

class PaymentCardDetectorTest {
    private final PaymentCardDetector detector = PaymentCardDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Card number: 4111 1111 1111 1111|4111 1111 1111 1111",
        "Visa 4931417058649205 exp 09/27|4931417058649205",
        "Mastercard 5183-1240-2344-8349|5183-1240-2344-8349",
        "Long number 2221 7824 5040 0082, CVV 123|2221 7824 5040 0082",
        "Amex 3783 873716 78686|3783 873716 78686",
        "card: 6011433532650204|6011433532650204",
        "Visa 4146201684930|4146201684930",
        "Debit card 4407 2247 0455 8530 432|4407 2247 0455 8530 432",
        "JCB card 3552056174833804|3552056174833804",
        "4111 1111 1111 1111|4111 1111 1111 1111",
    })
    void cardNumbers(String text, String number) {
        assertThat(found(detector, text)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4111111111111111",                       // contiguous, no card wording: an order number as likely as a card
        "Card number: 4111 1111 1111 1112",       // fails Luhn
        "Card: 9141 2690 6044 3191",              // Luhn valid, no scheme starts with 9
        "Visa 4111 1111 1111 111",                // 15 digits is not a Visa length
        "Order ref 4111 1111 1111 1111",          // grouped like a card, but a reference with no card wording
        "Tracking: 4931 4170 5864 9205",
        "Gift voucher code 4931 4170 5864 9205",
        "Card 4111 1111 1111 1111 1111",          // 20 digits
        "Card number 41111-11111-11111-1",
        "Tel 0113 496 0123 4567 card",
    })
    void notCardNumbers(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void withoutContextAGroupedNumberIsLessCertain() {
        Finding bare = detector.detect(Fixtures.body("4111 1111 1111 1111"), List.of()).get(0);
        Finding visa = detector.detect(Fixtures.body("Visa: 4111 1111 1111 1111"), List.of()).get(0);
        assertThat(bare.confidence()).isLessThan(visa.confidence());
        assertThat(visa.rule()).contains("Visa").contains("Luhn");
        PaymentCardDetector strict = PaymentCardDetector.create(Fixtures.settings("grouped_without_context: false"),
                Fixtures.RESOURCES);
        assertThat(found(strict, "4111 1111 1111 1111")).isEmpty();
    }

    @Test
    void schemes() {
        assertThat(PaymentCardDetector.scheme("4111111111111111")).isEqualTo("Visa");
        assertThat(PaymentCardDetector.scheme("5500000000000004")).isEqualTo("Mastercard");
        assertThat(PaymentCardDetector.scheme("2720990000000007")).isEqualTo("Mastercard");
        assertThat(PaymentCardDetector.scheme("378282246310005")).isEqualTo("American Express");
        assertThat(PaymentCardDetector.scheme("6759649826438453")).isEqualTo("Maestro");
        assertThat(PaymentCardDetector.scheme("1234567890123456")).isNull();
        assertThat(CheckDigits.luhnValid("4111111111111111")).isTrue();
        assertThat(CheckDigits.luhnValid("4111111111111112")).isFalse();
    }
}
