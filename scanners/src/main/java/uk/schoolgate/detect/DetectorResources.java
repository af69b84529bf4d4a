package uk.schoolgate.detect;

import java.nio.file.Path;
import java.util.List;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.Organisation;
import uk.schoolgate.config.School;

/** What detectors may be built from: the school, its people, known organisations, lexicon files. */
public record DetectorResources(School school, Directory directory, List<Organisation> organisations, Path configDir) {
}
