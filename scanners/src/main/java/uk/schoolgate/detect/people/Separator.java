package uk.schoolgate.detect.people;

/** What stands between two words of a name: it decides which name forms are allowed. */
enum Separator {
    /** One or more spaces (or underscores, as in file names). */
    SPACE,
    /** A single line break, with optional spaces: a name wrapped onto the next line. */
    LINE_BREAK,
    /** One tab: adjacent table cells. */
    TAB,
    /** One comma with optional spaces or quotes: "Khan, Amelia" or CSV cells. */
    COMMA,
    /** A hyphen with nothing around it: a double-barrelled name. */
    HYPHEN,
    /** Anything else: the words do not belong to one name. */
    BREAK
}
