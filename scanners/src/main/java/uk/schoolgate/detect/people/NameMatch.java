package uk.schoolgate.detect.people;

/**
 * A full name accepted by the rules.
 *
 * @param person   the person (the first, by subject, when several people share the name)
 * @param sharedBy how many people in the list have this exact name variant
 */
record NameMatch(int start, int end, PersonName person, double confidence, String rule, int sharedBy) {
}
