package uk.schoolgate.config;

import java.nio.file.Path;
import java.util.List;
import uk.schoolgate.detect.DetectorSuite;

/**
 * The whole configuration, read and validated once. Immutable: a reload builds a new one and
 * swaps it in.
 *
 * @param directoryPath the configuration folder (gateway.yaml's folder)
 * @param disclaimer    the disclaimer text (the school's own, or the default)
 * @param detectors     the detectors, built from the {@code detectors:} block
 */
public record GatewayConfig(Path directoryPath, School school, String disclaimer, Directory directory,
                            PolicySettings policy, ExtractionLimits extraction, StampSettings stamping,
                            List<Organisation> organisations, DetectorSuite detectors) {
}
