package uk.schoolgate.detect.people;

/** Where a special-category term may find the person it is about. */
enum Scope {
    /** The same table row (line with tab- or comma-separated cells). */
    ROW,
    /** The same sentence. */
    SENTENCE,
    /** The same paragraph (between blank lines): pupils and identifiers only. */
    PARAGRAPH,
    /** The whole segment, when it names exactly one roster pupil (a one-page profile, an email about one child). */
    DOCUMENT
}
