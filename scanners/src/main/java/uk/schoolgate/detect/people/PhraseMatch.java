package uk.schoolgate.detect.people;

/** A lexicon term found in text, [start, end) in the original text. */
record PhraseMatch(int start, int end, LexiconTerm term) {
    boolean overlaps(PhraseMatch other) {
        return start < other.end && other.start < end;
    }
}
