package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

/** The detectors together, as the gateway runs them, and their settings as gateway.yaml gives them. */
class IdentifierDetectorsTest {
    /** Every tuning key of every detector, with a value (the docs list the same keys). */
    static final Map<String, String> ALL_KEYS = Map.of(
            "upn", """
                    context_words: [upn]
                    header_words: [upn]
                    context_before: 60
                    context_after: 30
                    la_code_min: 100
                    la_code_max: 999
                    known_la_code_min: 201
                    known_la_code_max: 938
                    temporary_upns: true
                    require_context: false
                    """,
            "uln", """
                    context_words: [uln]
                    header_words: [uln]
                    context_before: 60
                    context_after: 30
                    require_context: true
                    """,
            "nhs_number", """
                    context_words: [nhs]
                    header_words: [nhs]
                    phone_words: [tel]
                    context_before: 80
                    context_after: 40
                    issued_ranges: ["400-499", "600-799", "320-399", "010-311"]
                    """,
            "nino", """
                    context_words: [ni number]
                    header_words: [nino]
                    context_before: 60
                    context_after: 30
                    invalid_prefixes: [BG, GB, KN, NK, NT, TN, ZZ]
                    """,
            "phone_number", """
                    person_words: [mum]
                    organisation_words: [office]
                    reference_words: [order]
                    person_header_words: [mobile]
                    name_header_words: [name]
                    organisation_header_words: [company]
                    context_before: 60
                    context_after: 30
                    mobile_prefixes: ["07"]
                    landline_prefixes: ["01", "02"]
                    allow_list: ["0113 496 0000"]
                    parent_names: true
                    """,
            "postal_address", """
                    home_words: [lives at]
                    address_words: [address]
                    postcode_labels: [postcode]
                    address_header_words: [address]
                    postcode_header_words: [postcode]
                    organisation_words: [ltd]
                    footer_words: [www]
                    street_types: [road]
                    postcode_areas: [LS]
                    max_block_lines: 5
                    max_block_chars: 200
                    attribution_gap: 40
                    organisation_look_behind: 120
                    max_street_words: 4
                    """,
            "date_of_birth", """
                    birth_words: [dob]
                    birthday_words: [birthday]
                    header_words: [dob]
                    negative_words: [due]
                    birthday_fillers: [is]
                    max_gap: 40
                    earliest_year: 1900
                    roster_dates: true
                    """,
            "credential", """
                    password_words: [password]
                    pin_words: [pin]
                    login_words: [login]
                    header_words: [password]
                    exclusion_words: [zoom]
                    stop_words: [required]
                    need_delimiter: [pin]
                    min_length: 4
                    pin_min_length: 4
                    pin_max_length: 8
                    exclusion_window: 300
                    """,
            "bank_account", """
                    sort_code_words: [sort code]
                    account_words: [account number]
                    bank_words: [bank]
                    header_words: [sort code]
                    allow_list: ["20-00-00 12345678"]
                    pair_window: 80
                    context_before: 30
                    """,
            "payment_card", """
                    card_words: [card]
                    reference_words: [order]
                    header_words: [card]
                    context_before: 80
                    context_after: 60
                    grouped_without_context: true
                    """);

    @Test
    void definitionsInRunningOrderWithTheirKeys() {
        assertThat(IdentifierDetectors.definitions()).extracting(DetectorDefinition::name)
                .containsExactly("upn", "uln", "nhs_number", "nino", "phone_number", "postal_address", "date_of_birth",
                        "credential", "bank_account", "payment_card");
        assertThat(ALL_KEYS.keySet()).containsExactlyInAnyOrderElementsOf(
                IdentifierDetectors.definitions().stream().map(DetectorDefinition::name).toList());
    }

    static List<String> names() {
        return IdentifierDetectors.definitions().stream().map(DetectorDefinition::name).toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyDocumentedKeyIsUnderstood(String name) {
        ConfigNode root = YamlDocument.parse(Path.of("gateway.yaml"),
                name + ":\n" + ALL_KEYS.get(name).indent(2)).root();
        ConfigNode block = root.section(name);
        definition(name).factory().create(block, Fixtures.RESOURCES);
        root.finish();
    }

    @ParameterizedTest
    @MethodSource("names")
    void unknownKeysAreRefused(String name) {
        ConfigNode root = YamlDocument.parse(Path.of("gateway.yaml"), name + ":\n  contxt_words: [typo]\n").root();
        definition(name).factory().create(root.section(name), Fixtures.RESOURCES);
        assertThatThrownBy(root::finish).isInstanceOf(ConfigException.class).hasMessageContaining("contxt_words");
    }

    @Test
    void wordListsCanComeFromFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cred-words.txt"), "# extra wording\nsecret sauce\n\n");
        DetectorResources resources = new DetectorResources(Fixtures.RESOURCES.school(), Fixtures.RESOURCES.directory(),
                Fixtures.RESOURCES.organisations(), dir);
        CredentialDetector detector = CredentialDetector.create(
                Fixtures.settings("password_words_file: cred-words.txt"), resources);
        assertThat(Fixtures.found(detector, "The secret sauce is Tomato42")).containsExactly("Tomato42");
        assertThat(Fixtures.found(detector, "password: Tomato42")).containsExactly("Tomato42");
        assertThatThrownBy(() -> CredentialDetector.create(Fixtures.settings("stop_words_file: missing.txt"), resources))
                .isInstanceOf(ConfigException.class).hasMessageContaining("stop_words_file");
    }

    @Test
    void benignSchoolMailHasNoFindings() {
        DetectorSuite suite = suite();
        for (String text : SampleTexts.BENIGN) {
            List<Finding> findings = suite.detect(List.of(Fixtures.body(text)));
            assertThat(findings).as(text).isEmpty();
        }
    }

    @Test
    void aClassListIsPersonalDataAboutManyPeople() {
        String sheet = SampleTexts.classList(12, new Random(1)).replace("K383214725004", "J936123456780");
        List<Finding> findings = suite().detect(List.of(Fixtures.attachment("class 4.xlsx", sheet)));
        Map<FindingType, Long> byType = findings.stream()
                .collect(Collectors.groupingBy(Finding::type, Collectors.counting()));
        assertThat(byType).containsEntry(FindingType.DATE_OF_BIRTH, 12L).containsEntry(FindingType.POSTAL_ADDRESS, 12L)
                .containsEntry(FindingType.PHONE_NUMBER, 12L).containsEntry(FindingType.UK_UPN, 12L);
        Set<String> people = new HashSet<>();
        for (Finding f : findings) {
            people.add(f.subject());
        }
        // The same UPN on every row (a copy-paste) makes the rows one person by UPN; here every other
        // finding in a row follows the row's UPN, so the count is of UPNs.
        assertThat(people).hasSize(1);
    }

    @Test
    void rowsWithoutIdentifiersAreCountedByRow() {
        StringBuilder sheet = new StringBuilder("Name\tDOB\tAddress\tPostcode\n");
        for (int i = 0; i < 12; i++) {
            sheet.append("Pupil ").append(i).append('\t').append(String.format("%02d/03/2015", i + 1)).append('\t')
                    .append(i + 1).append(" Acacia Avenue\tLS17 9QT\n");
        }
        List<Finding> findings = suite().detect(List.of(Fixtures.attachment("class.xlsx", sheet.toString())));
        Set<String> people = findings.stream().map(Finding::subject).collect(Collectors.toSet());
        assertThat(findings).hasSize(24);
        assertThat(people).hasSize(12);
    }

    @Test
    void aLetterAboutOnePupil() {
        String text = """
                Dear Mrs Khan,

                Thank you for updating the details we hold for Amelia Khan: DOB 12/03/2015, address 12 Acacia
                Avenue, Leeds LS17 9QT, mobile 07700 900123, NHS number 401 159 0835.

                In the next sentence the same NHS number 401 159 0835 and DOB 12/03/2015 follow the number.

                Kind regards
                Ann Head
                Oakfield Primary School, 1 Oak Lane, Exampletown, EX1 2AB. Tel 01234 567890
                """;
        TextSegment segment = Fixtures.body(text);
        List<Finding> earlier = new ArrayList<>(Fixtures.pupilNames(segment, "Amelia Khan", "A123456789012"));
        List<Finding> findings = new ArrayList<>();
        for (DetectorDefinition d : IdentifierDetectors.definitions()) {
            List<Finding> all = new ArrayList<>(earlier);
            all.addAll(findings);
            findings.addAll(d.factory().create(Fixtures.defaults(), Fixtures.RESOURCES).detect(segment, all));
        }
        assertThat(findings).extracting(Finding::type).containsExactlyInAnyOrder(FindingType.DATE_OF_BIRTH,
                FindingType.POSTAL_ADDRESS, FindingType.PHONE_NUMBER, FindingType.UK_NHS_NUMBER,
                FindingType.UK_NHS_NUMBER, FindingType.DATE_OF_BIRTH);
        int secondParagraph = text.indexOf("In the next");
        assertThat(findings.stream().filter(f -> f.start() < secondParagraph)).extracting(Finding::subject)
                .containsOnly("A123456789012");
        assertThat(findings.stream().filter(f -> f.start() > secondParagraph)).extracting(Finding::subject)
                .containsOnly("4011590835");
    }

    /**
     * Every detector survives text cut anywhere: values at the very start or end of a segment,
     * cut in half, or in odd company. (A segment can end in the middle of anything.)
     */
    @Test
    void textCutAnywhereNeverBreaksADetector() {
        String sample = String.join("\n", SampleTexts.BENIGN) + SampleTexts.classList(3, new Random(5)) + """
                Mum's mobile 07700 900123, DOB: 12th of March, 2015, lives at Flat 3, 7 High Street, Leeds LS1 1AA.
                NHS number 401 159 0835 ULN 9276308686 NI AB 12 34 56 C password: Tr0ub4dor&3 PIN 4821
                Sort code 20-00-00 account 12345678 IBAN GB29 NWBK 6016 1331 9268 19 Visa 4111 1111 1111 1111
                Name,DOB,Password\r\n"Lee, Bo",2016-02-01,Cat123!\r\n+44 (0)113 496 0999 GIR 0AA March 12, 2015
                """;
        DetectorSuite suite = suite();
        for (int cut = 0; cut <= sample.length(); cut++) {
            suite.detect(List.of(Fixtures.body(sample.substring(0, cut)), Fixtures.body(sample.substring(cut)),
                    Fixtures.attachment("x.csv", sample.substring(cut / 2, cut))));
        }
        Random random = new Random(11);
        String alphabet = "0123456789 \t\n,.:/-+()'ABCDEFGHKLMNPQRSTWYZabcdeghilmnoprstuvwy£@#*";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            suite.detect(List.of(Fixtures.body(sb.toString())));
        }
    }

    private static DetectorDefinition definition(String name) {
        return IdentifierDetectors.definitions().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    static DetectorSuite suite() {
        List<DetectorSuite.Entry> entries = new ArrayList<>();
        for (DetectorDefinition d : IdentifierDetectors.definitions()) {
            entries.add(new DetectorSuite.Entry(d.name(), d.factory().create(Fixtures.defaults(), Fixtures.RESOURCES),
                    DetectorMode.ENFORCE));
        }
        return new DetectorSuite(entries);
    }
}
