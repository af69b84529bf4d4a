package uk.schoolgate.detect.people;

/** How a name part is capitalised in the text. */
enum NameCase {
    /** "KHAN" */
    UPPER,
    /** "Khan", "O'Brien", "McDonald" */
    TITLE,
    /** "khan" */
    LOWER,
    /** "kHAN", "mcDonald" */
    MIXED;

    boolean capitalised() {
        return this == UPPER || this == TITLE;
    }

    static NameCase of(String text, int start, int end) {
        boolean first = true;
        boolean firstUpper = false;
        boolean anyUpper = false;
        boolean anyLower = false;
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            boolean upper = Character.isUpperCase(c) || Character.isTitleCase(c);
            if (first) {
                firstUpper = upper;
                first = false;
            }
            anyUpper |= upper;
            anyLower |= Character.isLowerCase(c);
        }
        if (letters == 0 || !anyUpper) {
            return LOWER;
        }
        if (!anyLower) {
            return letters == 1 ? TITLE : UPPER;
        }
        return firstUpper ? TITLE : MIXED;
    }
}
