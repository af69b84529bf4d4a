package uk.schoolgate.act.stamp;

/** How the stamp's text is written into one part's editable text. */
interface StampRepresentation {
    /** Plain text as it goes into the part; null when the part's charset cannot hold it. */
    String plain(String text);

    /** An HTML snippet as it goes into the part; characters the charset cannot hold become NCRs. */
    String html(String snippet);

    /** The text with characters the part cannot hold replaced by look-alikes (how a part that could not move to UTF-8 got it). */
    String degrade(String text);
}
