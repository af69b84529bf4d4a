package uk.schoolgate.detect.people;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Character tables shared by the name and lexicon matchers: what kind of character each UTF-16
 * unit is, and its folded form (lower case, accents removed: 'Ó' and 'ó' become 'o', 'ë' becomes
 * 'e'). Folding is one character to one character, except for the few letters that fold to two
 * ('ß' to "ss", 'æ' to "ae"), so matchers keep offsets into the original text without building a
 * folded copy. Built once, when the class loads (a few milliseconds).
 */
final class Fold {
    /** Not part of a word and not a separator we know: punctuation, symbols, digits' neighbours. */
    static final byte OTHER = 0;
    /** A letter or digit. */
    static final byte WORD = 1;
    /** A combining accent: part of the word it follows, contributes nothing when folded. */
    static final byte MARK = 2;
    /** ' ’ ‘ ʼ: inside a word (O'Brien, Khan's) or a quotation mark. */
    static final byte APOSTROPHE = 3;
    /** Space, no-break space and the other horizontal spaces. */
    static final byte SPACE = 4;
    static final byte TAB = 5;
    static final byte NEWLINE = 6;
    /** '-' and the Unicode hyphens (not the dashes used between words). */
    static final byte HYPHEN = 7;
    static final byte COMMA = 8;
    /** Double quotation marks, which CSV cells and reported speech are wrapped in. */
    static final byte QUOTE = 9;
    static final byte UNDERSCORE = 10;

    private static final byte[] KIND = new byte[65536];
    /**
     * KIND, "has a second folded character" and the first folded character in one int (bits 0-3,
     * bit 4, bits 16-31), so the hot loops read one table entry per character.
     */
    private static final int[] INFO = new int[65536];
    static final int INFO_KIND = 0x0F;
    static final int INFO_SECOND = 0x10;
    private static final char[] FOLDED = new char[65536];
    /** Second folded character for the letters that fold to two, else 0. */
    private static final char[] SECOND = new char[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            int type = Character.getType(ch);
            if (Character.isLetterOrDigit(ch)) {
                KIND[c] = WORD;
                String folded = fold(ch);
                FOLDED[c] = folded.isEmpty() ? ch : folded.charAt(0);
                if (folded.length() > 1) {
                    SECOND[c] = folded.charAt(1);
                }
            } else if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                KIND[c] = MARK;
            } else {
                KIND[c] = OTHER;
                FOLDED[c] = ch;
            }
        }
        for (char c : new char[] {'\'', '\u2019', '\u2018', '\u02BC', '\u2032'}) {
            KIND[c] = APOSTROPHE;
        }
        for (char c : new char[] {' ', '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u000B',
                '\f', '\r'}) {
            KIND[c] = SPACE;
        }
        KIND['\t'] = TAB;
        KIND['\n'] = NEWLINE;
        KIND['\u2028'] = NEWLINE;
        KIND['\u2029'] = NEWLINE;
        for (char c : new char[] {'-', '\u2010', '\u2011'}) {
            KIND[c] = HYPHEN;
        }
        KIND[','] = COMMA;
        for (char c : new char[] {'"', '\u201C', '\u201D', '\u201E'}) {
            KIND[c] = QUOTE;
        }
        KIND['_'] = UNDERSCORE;
        for (int c = 0; c < 65536; c++) {
            INFO[c] = KIND[c] | (SECOND[c] != 0 ? INFO_SECOND : 0) | (FOLDED[c] << 16);
        }
    }

    private Fold() {
    }

    /** Lower case without accents; a few letters have no decomposition and are mapped by hand. */
    private static String fold(char ch) {
        switch (ch) {
            case 'ß', 'ẞ':
                return "ss";
            case 'æ', 'Æ':
                return "ae";
            case 'œ', 'Œ':
                return "oe";
            case 'ø', 'Ø':
                return "o";
            case 'ł', 'Ł':
                return "l";
            case 'đ', 'Đ', 'ð', 'Ð':
                return "d";
            case 'þ', 'Þ':
                return "th";
            case 'ı':
                return "i";
            default:
                break;
        }
        String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(d);
            }
        }
        String lower = out.toString().toLowerCase(Locale.ROOT);
        return lower.length() <= 2 ? lower : lower.substring(0, 1);
    }

    static byte kind(char c) {
        return KIND[c];
    }

    /** Kind (bits 0-3), whether a second folded character follows (bit 4), folded character (bits 16-31). */
    static int info(char c) {
        return INFO[c];
    }

    static boolean isWord(char c) {
        return KIND[c] == WORD;
    }

    /** A letter, digit or combining mark: something a whole-word match must not touch. */
    static boolean isWordOrMark(char c) {
        byte k = KIND[c];
        return k == WORD || k == MARK;
    }

    /** Any kind of white space, line breaks included. */
    static boolean isSpace(char c) {
        byte k = KIND[c];
        return k == SPACE || k == TAB || k == NEWLINE;
    }

    /** The first folded character of a letter or digit; other characters are returned as they are. */
    static char folded(char c) {
        return FOLDED[c];
    }

    /** The second folded character of 'ß', 'æ' and the like, or 0. */
    static char second(char c) {
        return SECOND[c];
    }

    /** Folds a whole string: letters and digits folded, marks and apostrophes dropped, the rest kept. */
    static String foldString(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            byte k = KIND[c];
            if (k == WORD) {
                out.append(FOLDED[c]);
                if (SECOND[c] != 0) {
                    out.append(SECOND[c]);
                }
            } else if (k != MARK && k != APOSTROPHE) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
