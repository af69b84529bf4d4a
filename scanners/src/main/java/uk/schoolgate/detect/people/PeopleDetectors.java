package uk.schoolgate.detect.people;

import java.util.List;
import uk.schoolgate.detect.DetectorDefinition;

/**
 * The detectors of this package, for {@code DetectorCatalog}: {@link #first()} must run before
 * every other detector (they find the people that dates of birth and the rest are attributed
 * to); {@link #last()} must run after the identifier and date-of-birth detectors, whose findings
 * they use as identifiable people.
 */
public final class PeopleDetectors {
    private PeopleDetectors() {
    }

    /** pupil_name */
    public static List<DetectorDefinition> first() {
        return List.of(new DetectorDefinition(PupilNameDetector.KEY, PupilNameDetector::new));
    }

    /** health, sen, safeguarding, offensive_language */
    public static List<DetectorDefinition> last() {
        return List.of(
                new DetectorDefinition(HealthDetector.KEY, HealthDetector::new),
                new DetectorDefinition(SenDetector.KEY, SenDetector::new),
                new DetectorDefinition(SafeguardingDetector.KEY, SafeguardingDetector::new),
                new DetectorDefinition(OffensiveLanguageDetector.KEY, OffensiveLanguageDetector::new));
    }
}
