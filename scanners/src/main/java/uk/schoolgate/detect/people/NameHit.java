package uk.schoolgate.detect.people;

/**
 * A raw occurrence of a name variant, before the plausibility rules: offsets of the whole name
 * (without a possessive 's) and of its forename and surname parts.
 */
record NameHit(int start, int end, int variant, int forenameStart, int forenameEnd, int surnameStart,
               int surnameEnd, Separator boundary) {
}
