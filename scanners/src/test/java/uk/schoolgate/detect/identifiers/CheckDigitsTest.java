package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitsTest {
    @ParameterizedTest
    @ValueSource(strings = {"T383214725001", "G383214725002", "W383214725003", "K383214725004", "A123456789012"})
    void upnCheckLetters(String upn) {
        assertThat(CheckDigits.upnCheckLetter(upn)).isEqualTo(upn.charAt(0));
    }

    @Test
    void exactlyOneCheckLetterFitsEachUpn() {
        int fits = 0;
        for (char letter : CheckDigits.UPN_LETTERS.toCharArray()) {
            if (CheckDigits.upnCheckLetter(letter + "383214725004") == letter) {
                fits++;
            }
        }
        assertThat(fits).isEqualTo(1);
    }

    @Test
    void temporaryUpnUsesTheLetterValueOfCharacter13() {
        assertThat(CheckDigits.upnCheckLetter("D38321472500A")).isEqualTo('D');
        assertThat(CheckDigits.upnCheckLetter("X38321472500I")).isEqualTo((char) 0); // I is not in the alphabet
    }

    @Test
    void ulnAndNhsChecksNeverAgree() {
        // ULN: weighted sum (10..1) = 10 mod 11; NHS: weighted sum (10..2) + check = 0 mod 11.
        for (long n = 1_000_000_000L; n < 1_000_200_000L; n += 7) {
            String digits = Long.toString(n);
            assertThat(CheckDigits.ulnValid(digits) && CheckDigits.nhsValid(digits)).isFalse();
        }
    }

    @Test
    void nhsCheckDigitTenIsNeverIssued() {
        // 000000001x: sum = 2, 11 - 2 = 9 -> valid only with 9
        assertThat(CheckDigits.nhsValid("0000000019")).isTrue();
        // 000000010x: sum = 3*1 = 3 -> check 8
        assertThat(CheckDigits.nhsValid("0000000108")).isTrue();
        // a prefix whose check would be 10: 100000000x, sum = 10 -> 11 - 10 = 1 ... find one by search
        boolean sawTen = false;
        for (int i = 0; i < 1000 && !sawTen; i++) {
            String nine = String.format("%09d", i);
            int sum = 0;
            for (int k = 0; k < 9; k++) {
                sum += (nine.charAt(k) - '0') * (10 - k);
            }
            if (11 - sum % 11 == 10) {
                sawTen = true;
                for (int d = 0; d <= 9; d++) {
                    assertThat(CheckDigits.nhsValid(nine + d)).isFalse();
                }
            }
        }
        assertThat(sawTen).isTrue();
    }
}
