package uk.schoolgate.act;

import uk.schoolgate.act.quarantine.HeldMessage;
import uk.schoolgate.receive.Reply;

/**
 * What the gateway decided to do with one message, before the door answers its client. The relay
 * delivers a {@link Deliver} upstream itself; the milter hands its bytes back to the MTA.
 */
public sealed interface Disposition {
    /** Let it go: the message as it leaves (stamped). */
    record Deliver(byte[] message) implements Disposition {
    }

    /** Held durably in the quarantine (and the sender told); the reply says so. */
    record Held(HeldMessage held, Reply reply) implements Disposition {
    }

    /** Refused by policy: nothing is delivered; the reply gives the reason. */
    record Refused(Reply reply) implements Disposition {
    }

    /** Could not be dealt with now: the client tries again later (451, or the milter's tempfail). */
    record TryLater(Reply reply) implements Disposition {
    }
}
