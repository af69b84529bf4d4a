package uk.schoolgate.detect.people;

import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * HEALTH: a medical condition, diagnosis, medication or treatment of an identifiable person
 * (lexicon {@code lexicons/health.txt}, and "Medical"/"Allergies" table columns). "Health and
 * safety", "healthy eating" and the like are topics, not findings.
 */
public final class HealthDetector implements Detector {
    public static final String KEY = "health";

    static final CategoryDefaults DEFAULTS = new CategoryDefaults(FindingType.HEALTH, "lexicons/health.txt",
            List.of(), // the contract's identifiable person: pupils and people with identifiers; see docs
            List.of("nurse", "first aid", "welfare", "medical", "health"),
            List.of("medical", "medical needs", "medical need", "medical conditions", "medical condition",
                    "medical info", "medical information", "medical details", "medical notes", "allergies", "allergy",
                    "medication", "medications", "medicines", "health", "health needs", "health conditions",
                    "health condition", "diagnosis", "diagnoses"),
            List.of());

    private final SpecialCategoryScanner scanner;

    public HealthDetector(ConfigNode settings, DetectorResources resources) {
        this(settings, resources, new SharedLexiconScan());
    }

    /** Built by {@link PeopleDetectors#last()}: shares one lexicon scan per segment with the other special categories. */
    HealthDetector(ConfigNode settings, DetectorResources resources, SharedLexiconScan scan) {
        this.scanner = new SpecialCategoryScanner(CategorySettings.read(settings, resources, DEFAULTS, scan));
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        return scanner.detect(segment, earlier);
    }
}
