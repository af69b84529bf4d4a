package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.YamlDocument;
import uk.schoolgate.detect.DetectorDefinition;
import uk.schoolgate.detect.DetectorMode;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.DetectorSuite;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

class PeopleDetectorsTest {
    @Test
    void keysAndOrder() {
        assertThat(PeopleDetectors.first()).extracting(DetectorDefinition::name).containsExactly("pupil_name");
        assertThat(PeopleDetectors.last()).extracting(DetectorDefinition::name)
                .containsExactly("health", "sen", "safeguarding", "offensive_language");
    }

    /** Builds the suite the way DetectorCatalog does, from a detectors: block. */
    private static DetectorSuite suite(String yaml, DetectorResources resources) {
        ConfigNode root = YamlDocument.parse(Path.of("gateway.yaml"), yaml).root();
        ConfigNode block = root.section("detectors");
        List<DetectorDefinition> all = new ArrayList<>(PeopleDetectors.first());
        all.addAll(PeopleDetectors.last());
        List<DetectorSuite.Entry> entries = new ArrayList<>();
        for (DetectorDefinition d : all) {
            ConfigNode settings = block.section(d.name());
            DetectorMode mode = settings.enumValue("mode", DetectorMode.class, DetectorMode.ENFORCE);
            entries.add(new DetectorSuite.Entry(d.name(), d.factory().create(settings, resources), mode));
        }
        root.finish();
        return new DetectorSuite(entries);
    }

    @Test
    void minimalConfigurationUsesTheBuiltInLexicons(@TempDir Path emptyConfig) {
        DetectorSuite suite = suite("detectors: {}\n", PeopleFixture.resources(PeopleFixture.DIRECTORY, emptyConfig));
        List<Finding> found = suite.detect(List.of(
                PeopleFixture.subject("Amelia Khan"),
                PeopleFixture.body("Amelia Khan has asthma, an EHCP and a CP plan. This is bloody shit.")));
        assertThat(found).extracting(Finding::type).containsExactly(FindingType.PUPIL_NAME, FindingType.PUPIL_NAME,
                FindingType.HEALTH, FindingType.SEN, FindingType.SAFEGUARDING, FindingType.OFFENSIVE_LANGUAGE);
    }

    @Test
    void everySettingIsAccepted() {
        String yaml = """
                detectors:
                  pupil_name:
                    ordinary_words: lexicons/name-ordinary-words.txt
                    place_words: lexicons/name-place-words.txt
                    determiners: [the, a]
                    line_breaks: true
                    surname_first: true
                    min_confidence: 0.5
                  health:
                    mode: report_only
                    lexicon: lexicons/health.txt
                    scopes: [row, sentence, paragraph, document]
                    paragraph_anaphora: true
                    document_anaphora: true
                    anaphora_words: [he, she]
                    negation: true
                    negation_words: [no, not]
                    negation_breakers: [but]
                    negation_exceptions: [no longer]
                    negation_window_words: 4
                    negative_values: [none, n]
                    identifier_types: [DATE_OF_BIRTH, UK_NHS_NUMBER]
                    directory_people: [staff, parents]
                    professional_roles: [nurse]
                    non_person_words: [office]
                    greeting_words: [dear]
                    table_columns: true
                    column_headers: [medical]
                    column_header_excludes: [consent]
                    row_confidence: 0.9
                    sentence_confidence: 0.85
                    paragraph_confidence: 0.7
                    document_confidence: 0.6
                    column_confidence: 0.8
                    shouting_acronyms: []
                    max_findings: 500
                    ordinary_words: lexicons/name-ordinary-words.txt
                    place_words: lexicons/name-place-words.txt
                    determiners: [the]
                    line_breaks: true
                    surname_first: true
                    min_confidence: 0.5
                  sen:
                    lexicon: lexicons/sen.txt
                  safeguarding:
                    lexicon: lexicons/safeguarding.txt
                  offensive_language:
                    lexicon: lexicons/offensive.txt
                    locations: [subject, body]
                    skip_reply_subjects: true
                    reply_prefixes: [re, fw]
                    confidence: 0.9
                    quoted_speech_confidence: 0.7
                """;
        DetectorSuite suite = suite(yaml, PeopleFixture.resources());
        assertThat(suite.entries()).hasSize(5);
        assertThat(suite.entries().get(1).mode()).isEqualTo(DetectorMode.REPORT_ONLY);
    }

    @Test
    void typosAreRefused() {
        assertThatThrownBy(() -> suite("detectors:\n  health:\n    scope: [row]\n", PeopleFixture.resources()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("scope");
        assertThatThrownBy(() -> suite("detectors:\n  sen:\n    scopes: [rows]\n", PeopleFixture.resources()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("rows");
        assertThatThrownBy(() -> suite("detectors:\n  safeguarding:\n    directory_people: [pupils]\n",
                PeopleFixture.resources())).isInstanceOf(ConfigException.class).hasMessageContaining("pupils");
        assertThatThrownBy(() -> suite("detectors:\n  health:\n    identifier_types: [DOB]\n",
                PeopleFixture.resources())).isInstanceOf(ConfigException.class).hasMessageContaining("DOB");
    }

    @Test
    void sharedScanGivesWhatSeparateScansGive() {
        DetectorResources resources = PeopleFixture.resources();
        List<DetectorDefinition> last = PeopleDetectors.last();
        List<uk.schoolgate.detect.Detector> shared = last.subList(0, 3).stream()
                .map(d -> d.factory().create(PeopleFixture.settings(""), resources)).toList();
        List<uk.schoolgate.detect.Detector> alone = List.of(
                new HealthDetector(PeopleFixture.settings(""), resources),
                new SenDetector(PeopleFixture.settings(""), resources),
                new SafeguardingDetector(PeopleFixture.settings(""), resources));
        List<String> texts = List.of(
                "Amelia Khan was diagnosed with autism and asthma; she has an EHCP and a CP plan.",
                "The SEN policy, the asthma policy and safeguarding training: Amelia Khan's mum asked.",
                "Name\tMedical\tSEN\tCP\nAmelia Khan\tAsthma\tK\tY\nRhys Taylor\tNone\tN\tN\n",
                "Rhys Taylor has no known allergies, is not on the SEN register and is a looked after child.");
        for (String text : texts) {
            for (TextSegment segment : List.of(PeopleFixture.body(text), PeopleFixture.attachment("a.txt", text))) {
                List<Finding> names = PeopleFixture.pupilNames().detect(segment, List.of());
                for (int i = 0; i < 3; i++) {
                    assertThat(shared.get(i).detect(segment, names)).isEqualTo(alone.get(i).detect(segment, names));
                }
            }
        }
    }

    @Test
    void exampleSchoolConfigurationBuilds() {
        DetectorResources hawthorn = new DetectorResources(uk.schoolgate.testing.TestSchool.SCHOOL,
                uk.schoolgate.config.DirectoryLoader.load(PeopleFixture.CONFIG.resolve("directory/staff.csv"),
                        PeopleFixture.CONFIG.resolve("directory/parents.csv"),
                        PeopleFixture.CONFIG.resolve("directory/pupils.csv")),
                List.of(), PeopleFixture.CONFIG);
        DetectorSuite suite = suite("detectors: {}\n", hawthorn);
        TextSegment csv = PeopleFixture.attachment("sen_register_y3.csv", "Pupil,Year,Need\n"
                + "Summer Field,3,SEN support - speech and language therapy\nEvie Clark,3,EHCP - autism\n"
                + "Bobby Hall,3,SEN support - dyslexia\n");
        List<Finding> found = suite.detect(List.of(csv));
        assertThat(found.stream().filter(f -> f.type() == FindingType.SEN).map(Finding::subject).distinct())
                .hasSize(3);
    }
}
