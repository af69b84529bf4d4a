package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises UK postcodes by the official pattern (Royal Mail / GOV.UK bulk data transfer
 * standard), including GIR 0AA, with or without the space. The pattern is only tried where a
 * digit follows one or two letters at the start of a token, so the scan costs a character test
 * per character. Immutable and thread-safe.
 */
final class Postcodes {
    /** A postcode at [start, end): normalised "LS17 9QT", written all in capitals or not, in a known area or not. */
    record Postcode(int start, int end, String normalised, boolean upperCase, boolean knownArea) {
    }

    private static final Pattern POSTCODE = Pattern.compile(
            "(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? ?[0-9][ABD-HJLNP-UW-Z]{2})",
            Pattern.CASE_INSENSITIVE);

    /** Postcode areas in use (Royal Mail), plus BF (BFPO) and BX (non-geographic). */
    static final List<String> AREAS = List.of("AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS",
            "BT", "BX", "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL",
            "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GIR", "GL", "GU", "GY", "HA", "HD", "HG",
            "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE",
            "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA",
            "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP",
            "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD",
            "WF", "WN", "WR", "WS", "WV", "YO", "ZE");

    private final Set<String> areas;

    Postcodes(List<String> areas) {
        this.areas = Set.copyOf(areas.stream().map(a -> a.strip().toUpperCase(Locale.ROOT)).toList());
    }

    /**
     * The postcode whose outward code has its first digit at {@code digit}, or null. The caller
     * passes the first digit of each run of digits.
     */
    Postcode at(String text, int digit) {
        int start;
        if (digit >= 4 && text.regionMatches(true, digit - 4, "GIR ", 0, 4)) {
            start = digit - 4;
        } else if (digit >= 3 && text.regionMatches(true, digit - 3, "GIR", 0, 3)) {
            start = digit - 3;
        } else if (digit >= 2 && Chars.isAsciiLetter(text.charAt(digit - 1)) && Chars.isAsciiLetter(text.charAt(digit - 2))) {
            start = digit - 2;
        } else if (digit >= 1 && Chars.isAsciiLetter(text.charAt(digit - 1))) {
            start = digit - 1;
        } else {
            return null;
        }
        if (Chars.wordBefore(text, start)) {
            return null;
        }
        Matcher m = POSTCODE.matcher(text);
        m.region(start, Math.min(text.length(), start + 8));
        if (!m.lookingAt() || Chars.wordAt(text, m.end())) {
            return null;
        }
        return make(text.substring(start, m.end()), start, m.end());
    }

    /** Every postcode in a short text such as a configured address. */
    List<Postcode> all(String text) {
        List<Postcode> out = new ArrayList<>();
        int i = 0;
        while ((i = Chars.nextDigit(text, i)) >= 0) {
            Postcode p = at(text, i);
            if (p != null) {
                out.add(p);
                i = p.end();
            } else {
                i = Chars.digitRunEnd(text, i);
            }
        }
        return out;
    }

    private Postcode make(String raw, int start, int end) {
        String compact = Chars.compact(raw);
        String normalised = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        int letters = 0;
        while (letters < compact.length() && Chars.isAsciiLetter(compact.charAt(letters))) {
            letters++;
        }
        String area = compact.substring(0, Math.min(letters, 3));
        return new Postcode(start, end, normalised, raw.equals(raw.toUpperCase(Locale.ROOT)), areas.contains(area));
    }
}
