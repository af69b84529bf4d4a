package uk.schoolgate.detect.identifiers;

import java.util.Map;

/**
 * Recognises an IBAN (ISO 13616) written with or without spaces: two capital letters, two check
 * digits, then the country's BBAN, exactly as long as the country's IBAN length, passing the
 * mod-97 check. Immutable and thread-safe.
 */
final class Ibans {
    /** An IBAN at [start, end), in compact form. */
    record Iban(int start, int end, String compact) {
    }

    /** IBAN lengths by country (SWIFT IBAN registry). */
    static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
            Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
            Map.entry("VG", 24), Map.entry("XK", 20));

    private Ibans() {
    }

    /** The IBAN whose check digits start at {@code digit} (two capitals stand before it), or null. */
    static Iban at(String text, int digit) {
        int start = digit - 2;
        if (start < 0 || !Chars.isUpper(text.charAt(start)) || !Chars.isUpper(text.charAt(start + 1))
                || Chars.wordBefore(text, start)) {
            return null;
        }
        Integer length = LENGTHS.get(text.substring(start, start + 2));
        if (length == null) {
            return null;
        }
        StringBuilder compact = new StringBuilder(length);
        int p = start;
        int n = text.length();
        while (p < n && compact.length() < length) {
            char c = text.charAt(p);
            if (Chars.isDigit(c) || Chars.isUpper(c)) {
                compact.append(c);
                p++;
            } else if (c == ' ' && compact.length() >= 4 && p + 1 < n && Chars.isWordChar(text.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        if (compact.length() != length || Chars.wordAt(text, p) || !Chars.isDigit(compact.charAt(2))
                || !Chars.isDigit(compact.charAt(3)) || !CheckDigits.ibanValid(compact)) {
            return null;
        }
        return new Iban(start, p, compact.toString());
    }
}
