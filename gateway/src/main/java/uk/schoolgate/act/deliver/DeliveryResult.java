package uk.schoolgate.act.deliver;

/**
 * How the upstream server answered one delivery.
 *
 * @param code           the upstream's SMTP code (250 for the outbox), or 451 when it could not be reached
 * @param enhancedStatus its enhanced status code when it gave one, else a fitting one
 * @param text           its text, or why it could not be reached (no message content)
 */
public record DeliveryResult(Status status, int code, String enhancedStatus, String text) {
    public enum Status {
        /** The upstream took responsibility for the message. */
        ACCEPTED,
        /** Try again later: upstream down, timed out, or answered 4xx. Nothing was delivered. */
        TEMPORARY_FAILURE,
        /** The upstream refused it for good (5xx). */
        PERMANENT_FAILURE
    }

    public static DeliveryResult accepted(String text) {
        return new DeliveryResult(Status.ACCEPTED, 250, "2.0.0", text);
    }

    public static DeliveryResult temporaryFailure(int code, String enhancedStatus, String text) {
        return new DeliveryResult(Status.TEMPORARY_FAILURE, code, enhancedStatus, text);
    }

    public static DeliveryResult permanentFailure(int code, String enhancedStatus, String text) {
        return new DeliveryResult(Status.PERMANENT_FAILURE, code, enhancedStatus, text);
    }

    public boolean isAccepted() {
        return status == Status.ACCEPTED;
    }
}
