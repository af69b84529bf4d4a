package uk.schoolgate.detect.people;

/**
 * One way of writing a person's full name that the automaton knows.
 *
 * @param person            index of the person in the automaton's list
 * @param surnameFirst      "Khan, Amelia" rather than "Amelia Khan"
 * @param preferred         built from the preferred name rather than the legal forename
 * @param firstPartTokens   how many words the first part (forename, or surname when surname-first) has
 * @param tokens            how many words the whole variant has
 * @param forenameOrdinary  the forename is also an ordinary English word (Summer, Grace, Will)
 * @param surnameOrdinary   the surname is also an ordinary word or a place word (Field, Hill, Brook)
 */
record NameVariant(int person, boolean surnameFirst, boolean preferred, int firstPartTokens, int tokens,
                   boolean forenameOrdinary, boolean surnameOrdinary) {

    boolean bothOrdinary() {
        return forenameOrdinary && surnameOrdinary;
    }
}
