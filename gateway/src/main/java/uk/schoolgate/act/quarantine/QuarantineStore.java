package uk.schoolgate.act.quarantine;

import uk.schoolgate.decide.Verdict;
import uk.schoolgate.pipeline.Envelope;

/**
 * Where held messages are kept for review. {@link #hold} returns only once the message is durable
 * (committed to the database and flushed to disk): the client is told 250 straight after.
 */
public interface QuarantineStore extends AutoCloseable {
    HeldMessage hold(Envelope envelope, byte[] raw, Verdict verdict);

    @Override
    default void close() {
    }
}
