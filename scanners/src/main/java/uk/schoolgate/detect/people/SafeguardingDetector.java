package uk.schoolgate.detect.people;

import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * SAFEGUARDING: child-protection information about an identifiable person: CP and CIN plans,
 * disclosures, referrals to social care, the LADO or Prevent, abuse, looked-after status,
 * self-harm (lexicon {@code lexicons/safeguarding.txt}, and "CP"/"CIN"/"LAC" table columns).
 * Safeguarding training, the safeguarding policy and the Designated Safeguarding Lead as a role
 * are not findings; staff whose job is safeguarding are not the people such mail is about.
 */
public final class SafeguardingDetector implements Detector {
    public static final String KEY = "safeguarding";

    static final CategoryDefaults DEFAULTS = new CategoryDefaults(FindingType.SAFEGUARDING,
            "lexicons/safeguarding.txt",
            List.of(), // the contract's identifiable person: pupils and people with identifiers; see docs
            List.of("safeguarding", "dsl", "designated", "pastoral", "family support", "welfare", "attendance",
                    "learning mentor", "head", "deputy", "principal", "social worker", "inclusion", "senco",
                    "mental health", "behaviour"),
            List.of("cp", "cin", "lac", "cla", "cp plan", "cin plan", "cp status", "child protection",
                    "child in need", "looked after", "lac status", "cla status", "care status", "safeguarding",
                    "social worker", "plac", "previously looked after", "early help"),
            List.of("mash", "pep"));

    private final SpecialCategoryScanner scanner;

    public SafeguardingDetector(ConfigNode settings, DetectorResources resources) {
        this(settings, resources, new SharedLexiconScan());
    }

    /** Built by {@link PeopleDetectors#last()}: shares one lexicon scan per segment with the other special categories. */
    SafeguardingDetector(ConfigNode settings, DetectorResources resources, SharedLexiconScan scan) {
        this.scanner = new SpecialCategoryScanner(CategorySettings.read(settings, resources, DEFAULTS, scan));
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        return scanner.detect(segment, earlier);
    }
}
