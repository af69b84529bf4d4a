package uk.schoolgate.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.identifiers.IdentifierDetectors;
import uk.schoolgate.detect.people.PeopleDetectors;

/**
 * Every detector the gateway has, in the order they run. Detectors that attribute data to a
 * person (dates of birth, health, SEN, safeguarding) run after the ones that find people.
 * To add a detector: write the class and its test, then add one line here.
 */
public final class DetectorCatalog {
    private DetectorCatalog() {
    }

    public static List<DetectorDefinition> all() {
        List<DetectorDefinition> all = new ArrayList<>();
        all.addAll(PeopleDetectors.first());          // pupil names: who the data is about
        all.addAll(IdentifierDetectors.definitions()); // identifiers, contact details, dates of birth, money
        all.addAll(PeopleDetectors.last());           // health, SEN, safeguarding (need a person), offensive language
        return List.copyOf(all);
    }

    /** Builds the suite from gateway.yaml's {@code detectors:} block; absent blocks mean defaults. */
    public static DetectorSuite build(ConfigNode detectorsBlock, DetectorResources resources) {
        return build(all(), detectorsBlock, resources);
    }

    static DetectorSuite build(List<DetectorDefinition> definitions, ConfigNode detectorsBlock,
                               DetectorResources resources) {
        Set<String> known = new LinkedHashSet<>();
        List<DetectorSuite.Entry> entries = new ArrayList<>();
        for (DetectorDefinition definition : definitions) {
            known.add(definition.name());
            ConfigNode settings = detectorsBlock.section(definition.name());
            DetectorMode mode = settings.enumValue("mode", DetectorMode.class, DetectorMode.ENFORCE);
            Detector detector = definition.factory().create(settings, resources);
            entries.add(new DetectorSuite.Entry(definition.name(), detector, mode));
        }
        for (String key : detectorsBlock.keys()) {
            if (!known.contains(key)) {
                throw detectorsBlock.error(key, "unknown detector '" + key + "' (detectors: " + String.join(", ", known) + ")");
            }
        }
        return new DetectorSuite(entries);
    }
}
