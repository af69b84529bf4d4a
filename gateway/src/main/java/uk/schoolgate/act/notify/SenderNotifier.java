package uk.schoolgate.act.notify;

import uk.schoolgate.act.quarantine.HeldMessage;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.pipeline.Envelope;

/**
 * Tells the sender, by email, what happened to a message they sent and what to do next, in plain
 * English. A failure to notify never changes what happened to the message itself.
 */
public interface SenderNotifier {
    /** The message is held for review. */
    void held(Envelope envelope, String subject, Verdict verdict, HeldMessage held);
}
