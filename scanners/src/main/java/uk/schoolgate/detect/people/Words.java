package uk.schoolgate.detect.people;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Reading single words out of text without regular expressions. */
final class Words {
    private Words() {
    }

    /** Folds every entry (lower case, no accents), trimmed, blanks dropped. */
    static Set<String> foldAll(Collection<String> words) {
        return words.stream().map(w -> LexiconLoader.foldTerm(w.strip())).filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Punctuation that ends a clause: negation and greetings do not reach across it. */
    static boolean isClauseBoundary(char c) {
        return c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '\t' || c == ':' || c == '('
                || c == ')' || c == '\u2022';
    }

    /** Whether any of {@code words} (folded) occurs as a whole word in text[from, to). */
    private static int firstApostrophe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Fold.kind(text.charAt(i)) == Fold.APOSTROPHE) {
                return i;
            }
        }
        return -1;
    }

    static boolean containsWord(String text, int from, int to, Set<String> words) {
        int i = from;
        while (i < to) {
            while (i < to && !Fold.isWord(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && (Fold.isWordOrMark(text.charAt(i))
                    || (Fold.kind(text.charAt(i)) == Fold.APOSTROPHE && i + 1 < to && Fold.isWord(text.charAt(i + 1))))) {
                i++;
            }
            if (i > start && i - start <= 30) {
                String word = Fold.foldString(text.substring(start, i));
                if (words.contains(word)) {
                    return true;
                }
                // A contraction refers back too: "she's", "he'd", "she'll" are "she" and "he".
                int apostrophe = firstApostrophe(text, start, i);
                if (apostrophe > start && words.contains(Fold.foldString(text.substring(start, apostrophe)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
