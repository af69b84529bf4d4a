package uk.schoolgate.config;

/** What is added to messages that leave (gateway.yaml {@code stamping:}). */
public record StampSettings(boolean disclaimer, boolean signature, SignedMessages signedMessages) {
    /** What to do with a message whose body is signed (S/MIME or PGP) and so cannot be edited. */
    public enum SignedMessages {
        /** Wrap it in multipart/mixed with the disclaimer and signature in a text part of their own. */
        WRAP,
        /** Leave it exactly as it is. */
        SKIP
    }

    public static StampSettings defaults() {
        return new StampSettings(true, true, SignedMessages.WRAP);
    }
}
