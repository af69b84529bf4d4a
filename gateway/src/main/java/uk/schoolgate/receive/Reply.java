package uk.schoolgate.receive;

/**
 * What a door tells the client once the gateway has dealt with a message: an SMTP reply code, an
 * RFC 3463 enhanced status code, and text a teacher understands. The milter turns the same reply
 * into its own protocol's answer.
 */
public record Reply(int code, String enhancedStatus, String text) {
    public Reply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("not an SMTP reply code: " + code);
        }
        // A reply is one line on the wire: never let message content break it.
        text = text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
    }

    public static Reply accepted(String text) {
        return new Reply(250, "2.0.0", text);
    }

    public static Reply held(String text) {
        return new Reply(250, "2.6.0", text);
    }

    public static Reply tryAgainLater(String text) {
        return new Reply(451, "4.3.0", text);
    }

    public boolean isSuccess() {
        return code / 100 == 2;
    }

    public boolean isTemporaryFailure() {
        return code / 100 == 4;
    }

    public boolean isPermanentFailure() {
        return code / 100 == 5;
    }

    /** "250 2.0.0 text" as it goes on the wire (without CRLF). */
    public String wire() {
        return code + " " + enhancedStatus + " " + text;
    }
}
