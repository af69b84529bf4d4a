package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.schoolgate.config.ConfigLoader;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextSegment;

/** "that" before a name made of ordinary words is usually a conjunction, not a determiner. */
class ConjunctionThatTest {
    @Test
    void ordinaryWordNameAfterThatIsStillAName() {
        var config = ConfigLoader.load(Path.of("..", "config").toAbsolutePath().normalize());
        List<Finding> found = config.detectors().detect(List.of(TextSegment.of(Location.BODY,
                "Confirming that Ivy Young's child protection plan review is on 4 February.")));
        assertThat(found).extracting(Finding::type).contains(FindingType.PUPIL_NAME, FindingType.SAFEGUARDING);
    }
}
