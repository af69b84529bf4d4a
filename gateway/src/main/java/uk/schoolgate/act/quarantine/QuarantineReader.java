package uk.schoolgate.act.quarantine;

import java.util.List;
import java.util.Optional;

/** Reading the quarantine back, for the review console. */
public interface QuarantineReader {
    Optional<QuarantinedMessage> find(String id);

    /** The newest {@code limit} messages with this status, newest first. */
    List<QuarantinedMessage> list(HeldStatus status, int limit);

    /** The message's bytes exactly as they were held. */
    Optional<byte[]> content(String id);
}
