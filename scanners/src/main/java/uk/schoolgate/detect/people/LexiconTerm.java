package uk.schoolgate.detect.people;

/**
 * One line of a lexicon file.
 *
 * @param folded        the term folded for matching (lower case, no accents or apostrophes, single spaces)
 * @param caseSensitive written wholly in capitals (an acronym such as SEN, LAC, CIN): matches only in capitals
 * @param exclusion     a "!" line: a topic phrase that cancels any term it overlaps ("!SEN policy")
 * @param line          the line number in the file, quoted by {@code scan --explain} instead of the
 *                      term itself, so explanations never spell out a diagnosis
 */
record LexiconTerm(String folded, boolean caseSensitive, boolean exclusion, int line) {
}
