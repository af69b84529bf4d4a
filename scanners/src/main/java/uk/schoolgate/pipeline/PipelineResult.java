package uk.schoolgate.pipeline;

import java.util.Optional;
import uk.schoolgate.decide.Verdict;

/**
 * The outcome of one message.
 *
 * @param subject  the decoded subject (for notices to the sender)
 * @param envelope the envelope the verdict was reached for (for scan: resolved from the headers)
 * @param outgoing the message as it leaves (stamped), for DELIVER and ENCRYPT; empty otherwise
 */
public record PipelineResult(Verdict verdict, String subject, Envelope envelope, Optional<byte[]> outgoing, StageTimings timings) {
}
