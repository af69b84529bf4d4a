package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.TextSegment;

class BankAccountDetectorTest {
    private final BankAccountDetector detector = BankAccountDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sort code: 20-00-00, Account number: 12345678|20-00-00, Account number: 12345678",
        "sort code 20 00 00 account 12345678|20 00 00 account 12345678",
        "Please pay into a/c 12345678, s/c 40-11-62.|12345678, s/c 40-11-62",
        "Bank details: 20-00-00 12345678|20-00-00 12345678",
        "Sort code 200000 and account no 1234 5678|200000 and account no 1234 5678",
        "IBAN: GB29 NWBK 6016 1331 9268 19|GB29 NWBK 6016 1331 9268 19",
        "Our IBAN is GB29NWBK60161331926819.|GB29NWBK60161331926819",
        "Pay to DE89 3704 0044 0532 0130 00 please|DE89 3704 0044 0532 0130 00",
        "FR1420041010050500013M02606|FR1420041010050500013M02606",
        "GB82 WEST 1234 5698 7654 32|GB82 WEST 1234 5698 7654 32",
    })
    void bankDetails(String text, String match) {
        assertThat(found(detector, text)).containsExactly(match);
    }

    @Test
    void sortCodeAndAccountOnSeparateLinesOfAForm() {
        assertThat(found(detector, "Account name: Mrs A Khan\nSort code: 20-00-00\nAccount number: 12345678\n"))
                .containsExactly("20-00-00\nAccount number: 12345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sort code: 20-00-00",                                   // a sort code alone
        "Account number: 12345678",                              // an account number alone
        "Meeting 12-03-15, invoice 12345678",                    // a date and an invoice number
        "Order 123456 and item 12345678",                        // six bare digits are not a sort code unless named
        "GB29 NWBK 6016 1331 9268 18",                           // IBAN failing mod 97
        "GB29 NWBK 6016 1331 9268",                              // too short for GB
        "XX29NWBK60161331926819",                                // no such country
        "Sort code: 20-00-00\n\n\nLater that week account 12345678 was closed", // different paragraphs
        "Phone 0113 496 0123 ext 12345678",
    })
    void notBankDetails(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void tableRowsPairWithinTheRow() {
        TextSegment sheet = Fixtures.attachment("payees.xlsx",
                "Name\tSort code\tAccount\nA Khan\t20-00-00\t12345678\nB Lee\t40-11-62\t87654321\n");
        List<Finding> all = detector.detect(sheet, List.of());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void allowListExemptsConfiguredDetails() {
        BankAccountDetector allow = BankAccountDetector.create(
                Fixtures.settings("allow_list: [\"20-00-00 12345678\", \"GB29 NWBK 6016 1331 9268 19\"]"),
                Fixtures.RESOURCES);
        assertThat(found(allow, "Sort code: 20-00-00, Account number: 12345678")).isEmpty();
        assertThat(found(allow, "IBAN GB29NWBK60161331926819")).isEmpty();
        assertThat(found(allow, "Sort code: 20-00-01, Account number: 12345678")).hasSize(1);
    }

    @Test
    void ruleSaysWhy() {
        Finding f = detector.detect(Fixtures.body("Sort code: 20-00-00, Account number: 12345678"), List.of()).get(0);
        assertThat(f.rule()).contains("'sort code' before the sort code").contains("'account number' before");
        assertThat(f.excerpt()).doesNotContain("12345678");
    }

    @Test
    void ibanCheck() {
        assertThat(CheckDigits.ibanValid("GB82WEST12345698765432")).isTrue();
        assertThat(CheckDigits.ibanValid("GB82WEST12345698765433")).isFalse();
    }
}
