package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two ways secrets are written that the password-word scan does not read: a login pair on one
 * line where "pass" is short for password ("user lfox56231 / pass Marmalade*Otter9" — "pass" alone
 * is far too common a word to be a password word), and the code of a lock named after it ("the
 * code for the exam papers safe is 0-7-4-4-1-9"). Values must look like secrets: a pass has letters
 * and digits or a symbol; a lock code has 3 to 10 digits.
 */
final class CredentialPairs {
    /** A secret found at [start, end), and how it was introduced (for --explain). */
    record Secret(int start, int end, String rule) {
    }

    private static final Pattern LOGIN_PAIR = Pattern.compile(
            "(?i)\\b(?:user(?:name)?|login|user id|id)\\s*[:=]?\\s*[^\\s/,;|]{2,64}\\s*[/,;|]?\\s*"
                    + "\\bpass\\b\\s*[:=]?\\s*([^\\s]{4,64})");
    private static final Pattern LOCK_CODE = Pattern.compile(
            "(?i)\\bcode\\s+(?:for|to|on)\\s+the\\s+(?:[\\p{L}'’-]+\\s+){0,5}?"
                    + "(?:safe|door|doors|gate|alarm|keypad|lock|padlock|cupboard|cabinet|room|building|entrance|"
                    + "key\\s*safe|lockbox|store)\\s+(?:is|was|has\\s+changed\\s+to|is\\s+now)\\s*:?\\s*"
                    + "([0-9](?:[\\s-]?[0-9]){2,9}#?)");

    private CredentialPairs() {
    }

    static List<Secret> find(String text) {
        List<Secret> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("pass")) {
            Matcher m = LOGIN_PAIR.matcher(text);
            while (m.find()) {
                String value = trimPunctuation(m.group(1));
                if (looksLikeSecret(value)) {
                    out.add(new Secret(m.start(1), m.start(1) + value.length(), "secret in a user / pass pair"));
                }
            }
        }
        if (lower.contains("code")) {
            Matcher m = LOCK_CODE.matcher(text);
            while (m.find()) {
                out.add(new Secret(m.start(1), m.end(1), "code of a lock written out"));
            }
        }
        return out;
    }

    private static String trimPunctuation(String value) {
        int end = value.length();
        while (end > 0 && ".,;:)".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(0, end);
    }

    /** Letters and digits, or a symbol: "Marmalade*Otter9", "Wren!Harbour-26"; not "rate" or "holders". */
    private static boolean looksLikeSecret(String value) {
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return value.length() >= 6 && (letter && digit || symbol && (letter || digit));
    }
}
