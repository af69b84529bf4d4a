package uk.schoolgate.pipeline;

import java.util.Optional;
import uk.schoolgate.decide.Verdict;

/**
 * The outcome of one message.
 *
 * @param envelope the envelope the verdict was reached for (for scan: resolved from the headers)
 * @param outgoing the message as it leaves (stamped), for DELIVER and ENCRYPT; empty otherwise
 */
public record PipelineResult(Verdict verdict, Envelope envelope, Optional<byte[]> outgoing, StageTimings timings) {
}
