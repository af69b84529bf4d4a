package uk.schoolgate.detect.people;

import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * SEN: special educational needs, EHCPs, support plans and disabilities of an identifiable
 * person (lexicon {@code lexicons/sen.txt}, and "SEN"/"EHCP"/"Primary need" table columns). The
 * SEN policy as a topic and the SENCo as a job title are not findings. Staff are not counted as
 * identifiable people by default: in SEN mail they are the professionals.
 */
public final class SenDetector implements Detector {
    public static final String KEY = "sen";

    static final CategoryDefaults DEFAULTS = new CategoryDefaults(FindingType.SEN, "lexicons/sen.txt",
            List.of(), // the contract's identifiable person: pupils and people with identifiers; see docs
            List.of("senco", "sendco", "inclusion", "learning support", "special educational"),
            List.of("sen", "send", "sen status", "sen need", "sen needs", "sen code", "sen stage", "sen provision",
                    "sen support", "sen register", "sen category", "send status", "primary need", "area of need",
                    "ehcp", "ehc plan", "additional needs"),
            List.of("send", "salt"));

    private final SpecialCategoryScanner scanner;

    public SenDetector(ConfigNode settings, DetectorResources resources) {
        this(settings, resources, new SharedLexiconScan());
    }

    /** Built by {@link PeopleDetectors#last()}: shares one lexicon scan per segment with the other special categories. */
    SenDetector(ConfigNode settings, DetectorResources resources, SharedLexiconScan scan) {
        this.scanner = new SpecialCategoryScanner(CategorySettings.read(settings, resources, DEFAULTS, scan));
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        return scanner.detect(segment, earlier);
    }
}
