package uk.schoolgate.detect.people;

/**
 * A lexicon term found in text, [start, end) in the original text.
 *
 * @param source which lexicon of a combined automaton the term comes from (0 for a single lexicon)
 */
record PhraseMatch(int start, int end, LexiconTerm term, int source) {
    boolean overlaps(PhraseMatch other) {
        return start < other.end && other.start < end;
    }
}
