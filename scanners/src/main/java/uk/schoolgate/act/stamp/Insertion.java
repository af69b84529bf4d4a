package uk.schoolgate.act.stamp;

/**
 * The result of stamping one part's text.
 *
 * @param text              the new text, or null when nothing needed adding
 * @param unrepresentable   something needed adding but the part's charset cannot hold it
 * @param addedSignature    the signature was added
 * @param addedDisclaimer   the disclaimer was added
 */
record Insertion(String text, boolean unrepresentable, boolean addedSignature, boolean addedDisclaimer) {
    static Insertion unchanged() {
        return new Insertion(null, false, false, false);
    }

    static Insertion cannotHold() {
        return new Insertion(null, true, false, false);
    }

    boolean changed() {
        return text != null;
    }

    /** The forms a block of stamp text may have been written in, earlier or now. */
    static Phrase forms(String text, StampRepresentation rep) {
        if (text == null) {
            return null;
        }
        String degraded = rep.degrade(text);
        return Phrase.anyOf(text, rep.plain(text), degraded, rep.plain(degraded));
    }
}
