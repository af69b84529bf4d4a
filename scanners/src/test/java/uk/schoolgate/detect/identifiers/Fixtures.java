package uk.schoolgate.detect.identifiers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Organisation;
import uk.schoolgate.config.YamlDocument;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.testing.TestSchool;

/** Builds detectors and segments for the identifier detector tests. */
final class Fixtures {
    /** A council and a health service the school deals with: their numbers and addresses are not findings. */
    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("Exampletown City Council", "Civic Hall, 2 Market Street, Exampletown, EX1 1AA",
                    "0113 496 0500", List.of("exampletown.gov.uk")),
            new Organisation("Exampletown School Nursing Service", "Health Centre, 9 Park Road, Exampletown, EX2 7QT",
                    "0114 496 0777", List.of("nhs.net")));

    static final DetectorResources RESOURCES = new DetectorResources(TestSchool.SCHOOL, TestSchool.DIRECTORY,
            ORGANISATIONS, Path.of("."));

    private Fixtures() {
    }

    /** An empty settings block: every default applies. */
    static ConfigNode defaults() {
        return settings("");
    }

    /** A settings block written as YAML (the contents of {@code detectors.NAME}). */
    static ConfigNode settings(String yaml) {
        return YamlDocument.parse(Path.of("gateway.yaml"), yaml.isBlank() ? "{}" : yaml).root();
    }

    static TextSegment body(String text) {
        return TextSegment.of(Location.BODY, text);
    }

    static TextSegment attachment(String name, String text) {
        return TextSegment.of(Location.attachment(name), text);
    }

    /** What the pupil-name detector would report for {@code name} (the first occurrence) in {@code text}. */
    static Finding pupilName(TextSegment segment, String name, String upn) {
        int at = segment.text().indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("name not in text");
        }
        return Finding.of(FindingType.PUPIL_NAME, segment, at, at + name.length(), 1.0, upn, "roster pupil");
    }

    /** Every occurrence of {@code name} as a pupil-name finding. */
    static List<Finding> pupilNames(TextSegment segment, String name, String upn) {
        List<Finding> out = new ArrayList<>();
        int at = 0;
        while ((at = segment.text().indexOf(name, at)) >= 0) {
            out.add(Finding.of(FindingType.PUPIL_NAME, segment, at, at + name.length(), 1.0, upn, "roster pupil"));
            at += name.length();
        }
        return out;
    }

    /** The matched texts of what {@code detector} finds in {@code text} (body, nothing found earlier). */
    static List<String> found(Detector detector, String text) {
        return found(detector, body(text), List.of());
    }

    static List<String> found(Detector detector, TextSegment segment, List<Finding> earlier) {
        List<String> out = new ArrayList<>();
        for (Finding f : detector.detect(segment, earlier)) {
            out.add(segment.text().substring(f.start(), f.end()));
        }
        return out;
    }
}
