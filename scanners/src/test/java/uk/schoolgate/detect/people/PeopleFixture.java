package uk.schoolgate.detect.people;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.Parent;
import uk.schoolgate.config.Pupil;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.config.YamlDocument;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.testing.TestSchool;

/** A school whose roster has the awkward names: accents, apostrophes, word-like names, shared names. */
final class PeopleFixture {
    /** The example configuration folder of the repository, with config/lexicons (tests run in scanners/). */
    static final Path CONFIG = Path.of("../config");

    static final String AMELIA_KHAN = "K100000000001";
    static final String AMELIA_WRIGHT = "W100000000002";
    static final String ZOE_CLARKE = "C100000000003";
    static final String SIOBHAN_MURPHY = "M100000000004";
    static final String EMILY_MULLER = "M100000000005";
    static final String KAI_OSULLIVAN = "O100000000006";
    static final String GRACE_OBRIEN = "O100000000007";
    static final String SUMMER_FIELD = "F100000000008";
    static final String GRACE_HILL = "H100000000009";
    static final String WILL_BROOK = "B100000000010";
    static final String MAY_RIVERS = "R100000000011";
    static final String THOMAS_DAVIES = "D100000000012";
    static final String WILL_FH = "F100000000013";
    static final String CHLOE_GREEN = "G100000000014";
    static final String RHYS_TAYLOR = "T100000000015";
    static final String HOPE_YOUNG = "Y100000000016";
    static final String JACK_SMITH_1 = "S100000000017";
    static final String JACK_SMITH_2 = "S100000000018";
    static final String FLORENCE_BEGUM = "B100000000019";

    static final Directory DIRECTORY = new Directory(
            List.of(new StaffMember("k.walker@oakfield.sch.uk", "Katie Walker", "Year 6 Teacher", true, true),
                    new StaffMember("t.hughes@oakfield.sch.uk", "Tom Hughes", "Year 2 Teacher", false, false),
                    new StaffMember("r.ahmed@oakfield.sch.uk", "Rukhsana Ahmed", "Designated Safeguarding Lead", false, true),
                    new StaffMember("j.fletcher@oakfield.sch.uk", "James Fletcher", "SENCo", false, true),
                    new StaffMember("office@oakfield.sch.uk", "School Office", "School Office", false, true),
                    new StaffMember("head@oakfield.sch.uk", "Dr Helen Marsh", "Headteacher", true, true),
                    new StaffMember("m.nowak@oakfield.sch.uk", "Marta Nowak", "Year 5 Teacher", false, true)),
            List.of(new Parent("gemma.khan@example.com", "Gemma Khan", List.of(AMELIA_KHAN)),
                    new Parent("lee.wright@example.com", "Lee Wright", List.of(AMELIA_WRIGHT))),
            List.of(pupil(AMELIA_KHAN, "Amelia", "Khan", ""),
                    pupil(AMELIA_WRIGHT, "Amelia", "Wright", ""),
                    pupil(ZOE_CLARKE, "Zoë", "Clarke", ""),
                    pupil(SIOBHAN_MURPHY, "Siobhán", "Murphy", ""),
                    pupil(EMILY_MULLER, "Emily", "Müller", ""),
                    pupil(KAI_OSULLIVAN, "Kai", "Ó Súilleabháin", ""),
                    pupil(GRACE_OBRIEN, "Grace", "O'Brien", ""),
                    pupil(SUMMER_FIELD, "Summer", "Field", ""),
                    pupil(GRACE_HILL, "Grace", "Hill", ""),
                    pupil(WILL_BROOK, "Will", "Brook", ""),
                    pupil(MAY_RIVERS, "May", "Rivers", ""),
                    pupil(THOMAS_DAVIES, "Thomas", "Davies", "Tom"),
                    pupil(WILL_FH, "Will", "Fitzgerald-Hughes", ""),
                    pupil(CHLOE_GREEN, "Chloé", "Green", ""),
                    pupil(RHYS_TAYLOR, "Rhys", "Taylor", ""),
                    pupil(HOPE_YOUNG, "Hope", "Young", ""),
                    pupil(JACK_SMITH_1, "Jack", "Smith", ""),
                    pupil(JACK_SMITH_2, "Jack", "Smith", ""),
                    pupil(FLORENCE_BEGUM, "Florence", "Begum", "Flo")));

    private PeopleFixture() {
    }

    static Pupil pupil(String upn, String forename, String surname, String preferred) {
        return new Pupil(upn, forename, surname, preferred, LocalDate.of(2016, 5, 14), "5", "");
    }

    static DetectorResources resources() {
        return resources(DIRECTORY, CONFIG);
    }

    static DetectorResources resources(Directory directory, Path configDir) {
        return new DetectorResources(TestSchool.SCHOOL, directory, List.of(), configDir);
    }

    /** The settings block of one detector, from YAML written as its contents ("" for defaults). */
    static ConfigNode settings(String yaml) {
        String doc = yaml.isBlank() ? "detector: {}\n" : "detector:\n" + yaml.indent(2);
        return YamlDocument.parse(Path.of("gateway.yaml"), doc).root().section("detector");
    }

    static TextSegment body(String text) {
        return TextSegment.of(Location.BODY, text);
    }

    static TextSegment subject(String text) {
        return TextSegment.of(Location.SUBJECT, text);
    }

    static TextSegment attachment(String name, String text) {
        return TextSegment.of(Location.attachment(name), text);
    }

    static PupilNameDetector pupilNames() {
        return new PupilNameDetector(settings(""), resources());
    }

    /** Runs the pupil-name detector, then {@code detector} with the names (and extra findings) as earlier findings. */
    static List<Finding> runAfterNames(Detector detector, TextSegment segment, Finding... identifiers) {
        List<Finding> earlier = new ArrayList<>(pupilNames().detect(segment, List.of()));
        earlier.addAll(List.of(identifiers));
        return detector.detect(segment, earlier);
    }

    /** An identifier finding standing in for one from the identifier detectors. */
    static Finding identifier(FindingType type, TextSegment segment, String value, String subject) {
        int start = segment.text().indexOf(value);
        return Finding.of(type, segment, start, start + value.length(), 0.9, subject, "test identifier");
    }

    static List<String> subjects(List<Finding> findings) {
        return findings.stream().map(Finding::subject).toList();
    }

    static List<String> covered(TextSegment segment, List<Finding> findings) {
        return findings.stream().map(f -> segment.text().substring(f.start(), f.end())).toList();
    }
}
