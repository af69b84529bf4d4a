package uk.schoolgate.extract;

/**
 * Why a part could not be read in full. The text read before the problem, if any, is still in
 * {@link ExtractedPart#text()}, so the detectors see what there was.
 *
 * @param detail plain words for the sender or a technician, e.g. "the file is password-protected";
 *               never any of the file's content
 */
public record Unreadable(Reason reason, String detail) {

    public enum Reason {
        /** Encrypted: a password-protected Office, OpenDocument or PDF file, encrypted zip entry or 7z. */
        PASSWORD_PROTECTED,
        /** Damaged, truncated or not in the format its content claims. */
        CORRUPT,
        /** Cut short by one of the extraction limits (size, depth, entries, expansion, text, memory). */
        LIMIT_EXCEEDED,
        /** Cut short because the message's time budget ran out. */
        TIMED_OUT
    }
}
