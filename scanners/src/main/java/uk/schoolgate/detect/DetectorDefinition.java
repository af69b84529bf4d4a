package uk.schoolgate.detect;

import uk.schoolgate.config.ConfigNode;

/**
 * A detector as gateway.yaml knows it: its key under {@code detectors:} and how to build it from
 * its settings block. The common keys ({@code mode}) are read by {@link DetectorCatalog}; the
 * factory reads the detector's own keys (unknown ones are refused when loading finishes).
 */
public record DetectorDefinition(String name, Factory factory) {
    @FunctionalInterface
    public interface Factory {
        Detector create(ConfigNode settings, DetectorResources resources);
    }
}
