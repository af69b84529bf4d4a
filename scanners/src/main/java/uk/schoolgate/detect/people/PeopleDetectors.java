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

    /**
     * health, sen, safeguarding, offensive_language. The three special-category detectors of one
     * call share a single lexicon scan per segment (see {@link SharedLexiconScan}); call this
     * once per configuration load.
     */
    public static List<DetectorDefinition> last() {
        SharedLexiconScan shared = new SharedLexiconScan();
        return List.of(
                new DetectorDefinition(HealthDetector.KEY, (s, r) -> new HealthDetector(s, r, shared)),
                new DetectorDefinition(SenDetector.KEY, (s, r) -> new SenDetector(s, r, shared)),
                new DetectorDefinition(SafeguardingDetector.KEY, (s, r) -> new SafeguardingDetector(s, r, shared)),
                new DetectorDefinition(OffensiveLanguageDetector.KEY, OffensiveLanguageDetector::new));
    }
}
