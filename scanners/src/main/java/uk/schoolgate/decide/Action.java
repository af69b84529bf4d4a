package uk.schoolgate.decide;

/**
 * What happens to a message, least severe first. The action of a message is the most severe one
 * any raised flag asks for (contract: REJECT > QUARANTINE > ENCRYPT > DELIVER).
 */
public enum Action {
    DELIVER,
    ENCRYPT,
    QUARANTINE,
    REJECT;

    public boolean isMoreSevereThan(Action other) {
        return compareTo(other) > 0;
    }

    public static Action mostSevere(Action a, Action b) {
        return a.isMoreSevereThan(b) ? a : b;
    }

    /** Whether the message (stamped) leaves the gateway. */
    public boolean leaves() {
        return this == DELIVER || this == ENCRYPT;
    }
}
