package uk.schoolgate.detect.people;

/**
 * An identifiable person in the text: a roster pupil's full name, a personal identifier found by
 * an earlier detector, or a staff member's or parent's full name.
 *
 * @param subject who: a UPN, an identifier's subject, or {@code person:<name>}
 * @param what    how they were recognised, for {@code scan --explain} ("roster pupil", "DATE_OF_BIRTH")
 */
record Mention(int start, int end, String subject, Kind kind, String what) {
    enum Kind { PUPIL, IDENTIFIER, DIRECTORY }
}
