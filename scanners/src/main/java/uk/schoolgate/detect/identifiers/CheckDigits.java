package uk.schoolgate.detect.identifiers;

/**
 * The check-digit arithmetic of the identifiers, each rule as published by its issuer. Inputs are
 * plain strings of the identifier's characters (separators already removed).
 */
final class CheckDigits {
    /** DfE's check-letter alphabet: A..Z without I, O and S, so A=0 ... Z=22. */
    static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private CheckDigits() {
    }

    /**
     * DfE UPN (Common Basic Data Set, "UPN check letter"): characters 2 to 13 are weighted 2 to 13
     * and the sum modulo 23 indexes {@link #UPN_LETTERS}. In a temporary UPN character 13 is a
     * letter, and counts as its index in the same alphabet.
     *
     * @return the expected check letter, or 0 if a character is not allowed
     */
    static char upnCheckLetter(CharSequence upn) {
        if (upn.length() != 13) {
            return 0;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value;
            if (Chars.isDigit(c)) {
                value = c - '0';
            } else if (i == 12) {
                value = UPN_LETTERS.indexOf(c);
                if (value < 0) {
                    return 0;
                }
            } else {
                return 0;
            }
            sum += value * (i + 1);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }

    /**
     * ULN (Learning Records Service; HESA field ULN): ten digits, the first non-zero; the digits
     * weighted 10, 9, ..., 2, 1 must sum to 10 modulo 11. Equivalently: weights 10..2 over the first
     * nine, r = sum mod 11, check digit = 10 - r, and r = 0 is never issued.
     */
    static boolean ulnValid(CharSequence digits) {
        if (digits.length() != 10 || digits.charAt(0) == '0') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        return sum % 11 == 10;
    }

    /**
     * NHS number (NHS Data Dictionary, "NHS number"): weights 10..2 over the first nine digits,
     * check = 11 - (sum mod 11); 11 becomes 0 and 10 means the number is never issued.
     */
    static boolean nhsValid(CharSequence digits) {
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** Luhn (ISO/IEC 7812): doubling every second digit from the right, the sum is a multiple of 10. */
    static boolean luhnValid(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return digits.length() > 0 && sum % 10 == 0;
    }

    /**
     * IBAN (ISO 13616): the first four characters moved to the end, letters replaced by 10..35,
     * the number modulo 97 is 1. Computed digit by digit, no big numbers.
     */
    static boolean ibanValid(CharSequence iban) {
        int n = iban.length();
        if (n < 5) {
            return false;
        }
        int remainder = 0;
        for (int k = 0; k < n; k++) {
            char c = iban.charAt((k + 4) % n);
            if (Chars.isDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (Chars.isUpper(c)) {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }
}
