package uk.schoolgate.detect;

import java.util.List;

/**
 * Finds one kind of thing in one piece of text. Implementations are immutable and thread-safe:
 * one instance serves every message, built once from gateway.yaml.
 */
public interface Detector {
    /**
     * @param segment the text to read
     * @param earlier what the detectors that run before this one found in the same segment (a
     *                date of birth or a diagnosis needs a person: a pupil name found earlier)
     */
    List<Finding> detect(TextSegment segment, List<Finding> earlier);
}
