package uk.schoolgate.act;

import java.util.Optional;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.pipeline.PipelineResult;

/**
 * One message after the {@link MessageHandler}: its log id, what to do with it, and the
 * pipeline's result (absent when the pipeline itself failed).
 */
public record Handled(String id, Envelope envelope, Disposition disposition, Optional<PipelineResult> result,
                      long startNanos, long actStartNanos) {
}
