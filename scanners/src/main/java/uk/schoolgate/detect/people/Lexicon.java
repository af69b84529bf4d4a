package uk.schoolgate.detect.people;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A curated word list, as loaded.
 *
 * @param name   the file name, for explanations ("health.txt")
 * @param source where it was read from: a file path, or "built-in" for the shipped copy
 */
record Lexicon(String name, String source, List<LexiconTerm> terms) {
    Lexicon {
        terms = List.copyOf(terms);
    }

    /** The terms as a set of folded single words or phrases (for word lists). */
    Set<String> foldedSet() {
        return terms.stream().filter(t -> !t.exclusion()).map(LexiconTerm::folded).collect(Collectors.toUnmodifiableSet());
    }

    long termCount() {
        return terms.stream().filter(t -> !t.exclusion()).count();
    }

    long exclusionCount() {
        return terms.stream().filter(LexiconTerm::exclusion).count();
    }
}
