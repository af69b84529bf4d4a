package uk.schoolgate.detect.people;

import java.util.List;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;

/**
 * Negated statements are not findings: "no known allergies", "does not have an EHCP", "is not on
 * the SEN register", "Asthma: none". A negation cue counts when it stands at most a few words
 * before the term, in the same clause (no full stop, semicolon, colon, line break or "but"
 * between); or when the term is followed by ':' or '-' and a negative value ("EHCP: No").
 * "No longer" is not a negation: a past CP plan is still child-protection information.
 */
final class Negation {
    static final List<String> CUES = List.of("no", "not", "never", "without", "nil", "none", "neither", "nor",
            "denies", "denied", "doesnt", "dont", "didnt", "isnt", "wasnt", "arent", "werent", "hasnt", "havent",
            "hadnt", "wont", "cannot", "cant", "nothing", "absence of", "free from", "ruled out");
    static final List<String> BREAKERS = List.of("but", "however", "although", "though", "except", "whereas",
            "yet", "because", "since", "while", "whilst", "which", "who", "and");
    static final List<String> EXCEPTIONS = List.of("no longer", "not only", "not just", "no doubt", "not yet been");

    private final boolean enabled;
    private final Set<String> cues;
    private final Set<String> breakers;
    private final Set<String> exceptions;
    private final int windowWords;
    private final Set<String> negativeValues;

    Negation(boolean enabled, Set<String> cues, Set<String> breakers, Set<String> exceptions, int windowWords,
             Set<String> negativeValues) {
        this.enabled = enabled;
        this.cues = cues;
        this.breakers = breakers;
        this.exceptions = exceptions;
        this.windowWords = windowWords;
        this.negativeValues = negativeValues;
    }

    static Negation read(ConfigNode settings, Set<String> negativeValues) {
        boolean enabled = settings.bool("negation", true);
        Set<String> cues = Words.foldAll(settings.stringList("negation_words", CUES));
        Set<String> breakers = Words.foldAll(settings.stringList("negation_breakers", BREAKERS));
        Set<String> exceptions = Words.foldAll(settings.stringList("negation_exceptions", EXCEPTIONS));
        int window = settings.intValue("negation_window_words", 4, 1, 20);
        return new Negation(enabled, cues, breakers, exceptions, window, negativeValues);
    }

    boolean negated(String text, int start, int end) {
        return enabled && (cueBefore(text, start) || negativeAfter(text, end));
    }

    private boolean cueBefore(String text, int start) {
        int i = start;
        String following = firstWord(text, start);
        String later = "";
        for (int n = 0; n <= windowWords; n++) {
            while (i > 0 && isGap(text.charAt(i - 1))) {
                i--;
            }
            if (i == 0 || Words.isClauseBoundary(text.charAt(i - 1)) || !Fold.isWordOrMark(text.charAt(i - 1))) {
                return false;
            }
            int wordEnd = i;
            while (i > 0 && (Fold.isWordOrMark(text.charAt(i - 1))
                    || (Fold.kind(text.charAt(i - 1)) == Fold.APOSTROPHE && i >= 2 && Fold.isWord(text.charAt(i - 2))))) {
                i--;
            }
            if (wordEnd - i > 30) {
                return false;
            }
            String word = Fold.foldString(text.substring(i, wordEnd));
            if (breakers.contains(word)) {
                return false;
            }
            if (cues.contains(word) || cues.contains(word + " " + following)) {
                return !exceptions.contains(word + " " + following)
                        && !exceptions.contains(word + " " + following + " " + later);
            }
            later = following;
            following = word;
        }
        return false;
    }

    /** Spaces, commas and quotes between words; other punctuation ends the look-back. */
    private static boolean isGap(char c) {
        byte k = Fold.kind(c);
        return k == Fold.SPACE || k == Fold.COMMA || k == Fold.QUOTE || k == Fold.HYPHEN || k == Fold.APOSTROPHE;
    }

    private static String firstWord(String text, int start) {
        int i = start;
        while (i < text.length() && Fold.isWordOrMark(text.charAt(i)) && i - start < 30) {
            i++;
        }
        return Fold.foldString(text.substring(start, i));
    }

    /** "Asthma: none", "EHCP - N", "Allergies? No known allergies." */
    private boolean negativeAfter(String text, int end) {
        int i = end;
        int limit = Math.min(text.length(), end + 60);
        while (i < limit && Fold.kind(text.charAt(i)) == Fold.SPACE) {
            i++;
        }
        if (i >= limit) {
            return false;
        }
        char c = text.charAt(i);
        if (c != ':' && c != '-' && c != '\u2013' && c != '\u2014' && c != '?' && c != '=') {
            return false;
        }
        i++;
        int valueStart = i;
        while (i < limit) {
            char v = text.charAt(i);
            if (v == '\n' || v == '\t' || v == ';' || v == '.' || v == ',' || v == '(' || v == '\r') {
                break;
            }
            i++;
        }
        String value = LexiconLoader.foldTerm(text.substring(valueStart, i)).strip();
        return negativeValues.contains(value);
    }
}
