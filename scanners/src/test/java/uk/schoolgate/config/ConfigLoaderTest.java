package uk.schoolgate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagAction;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    static final String MINIMAL = """
            school:
              name: Oakfield Primary School
              address: 1 Oak Lane, Exampletown, EX1 2AB
              phone: 01234 567890
              domains: [oakfield.sch.uk]
            directory:
              staff: directory/staff.csv
              parents: directory/parents.csv
              pupils: directory/pupils.csv
            """;

    @BeforeEach
    void directoryFiles() throws IOException {
        Files.createDirectories(dir.resolve("directory"));
        write("directory/staff.csv", "email,name,job_title,parent_contact,pupil_contact\n"
                + "head@oakfield.sch.uk,Ann Head,Headteacher,yes,yes\n");
        write("directory/parents.csv", "email,name,children\nmum@example.com,Mum Khan,A123456789012\n");
        write("directory/pupils.csv", "upn,forename,surname,preferred_name,date_of_birth,year_group,email\n"
                + "A123456789012,Amelia,Khan,,2015-03-12,5,\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void minimalConfigurationGetsTheContractDefaults() throws IOException {
        write("gateway.yaml", MINIMAL);
        GatewayConfig config = ConfigLoader.load(dir);

        assertThat(config.school().domains()).containsExactly("oakfield.sch.uk");
        assertThat(config.disclaimer()).isEqualTo(ConfigLoader.DEFAULT_DISCLAIMER);
        assertThat(config.policy().attachmentLimitBytes()).isEqualTo(2_097_152L);
        assertThat(config.policy().maxVisibleExternalRecipients()).isEqualTo(5);
        assertThat(config.policy().bulkPersonalDataThreshold()).isEqualTo(10);
        assertThat(config.policy().actionFor(Flag.ATTACHMENT_TOO_LARGE)).isEqualTo(FlagAction.always(Action.REJECT));
        assertThat(config.policy().actionFor(Flag.PERSONAL_DATA))
                .isEqualTo(new FlagAction(Action.DELIVER, Action.ENCRYPT));
        assertThat(config.policy().actionFor(Flag.BULK_PERSONAL_DATA))
                .isEqualTo(new FlagAction(Action.DELIVER, Action.QUARANTINE));
        assertThat(config.policy().actionFor(Flag.OFFENSIVE_LANGUAGE)).isEqualTo(FlagAction.always(Action.DELIVER));
        assertThat(config.extraction()).isEqualTo(ExtractionLimits.defaults());
        assertThat(config.directory().staff("HEAD@oakfield.sch.uk")).isPresent();
    }

    @Test
    void everyActionAndThresholdCanBeChanged() throws IOException {
        write("gateway.yaml", MINIMAL + """
                disclaimer: |
                  Think before you print.
                policy:
                  attachment_limit_bytes: 5000000
                  max_visible_external_recipients: 10
                  actions:
                    PERSONAL_DATA: QUARANTINE
                    sensitive_marking: {internal: ENCRYPT, external: REJECT}
                extraction:
                  time_budget_ms: 2500
                """);
        GatewayConfig config = ConfigLoader.load(dir.resolve("gateway.yaml"));

        assertThat(config.disclaimer()).isEqualTo("Think before you print.");
        assertThat(config.policy().attachmentLimitBytes()).isEqualTo(5_000_000L);
        assertThat(config.policy().maxVisibleExternalRecipients()).isEqualTo(10);
        assertThat(config.policy().actionFor(Flag.PERSONAL_DATA)).isEqualTo(FlagAction.always(Action.QUARANTINE));
        assertThat(config.policy().actionFor(Flag.SENSITIVE_MARKING))
                .isEqualTo(new FlagAction(Action.ENCRYPT, Action.REJECT));
        assertThat(config.extraction().timeBudget()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void unknownKeyIsNamedWithItsLine() throws IOException {
        write("gateway.yaml", MINIMAL + "policy:\n  attachment_limit: 3\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("gateway.yaml line 11")
                .hasMessageContaining("unknown key 'attachment_limit'");
    }

    @Test
    void unknownTopLevelKeyIsRefused() throws IOException {
        write("gateway.yaml", MINIMAL + "polcy:\n  x: 1\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .hasMessageContaining("line 10").hasMessageContaining("unknown key 'polcy'");
    }

    @Test
    void badActionNameIsRefused() throws IOException {
        write("gateway.yaml", MINIMAL + "policy:\n  actions:\n    PERSONAL_DATA: SHRED\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .hasMessageContaining("line 12").hasMessageContaining("'SHRED' is not one of DELIVER, ENCRYPT, QUARANTINE, REJECT");
    }

    @Test
    void unknownFlagIsRefused() throws IOException {
        write("gateway.yaml", MINIMAL + "policy:\n  actions:\n    TOO_BIG: REJECT\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir)).hasMessageContaining("'TOO_BIG' is not one of");
    }

    @Test
    void missingSchoolNameIsRefused() throws IOException {
        write("gateway.yaml", MINIMAL.replace("  name: Oakfield Primary School\n", ""));
        assertThatThrownBy(() -> ConfigLoader.load(dir)).hasMessageContaining("missing required key 'school.name'");
    }

    @Test
    void missingDirectoryFileIsNamed() throws IOException {
        write("gateway.yaml", MINIMAL.replace("directory/pupils.csv", "directory/nope.csv"));
        assertThatThrownBy(() -> ConfigLoader.load(dir))
                .hasMessageContaining("line 9").hasMessageContaining("nope.csv: no such file");
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        write("gateway.yaml", MINIMAL + "policy: [unclosed\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir)).hasMessageContaining("not valid YAML");
    }

    @Test
    void numberOutOfRangeIsRefused() throws IOException {
        write("gateway.yaml", MINIMAL + "extraction:\n  max_depth: 0\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir)).hasMessageContaining("must be between 1 and 20");
    }

    @Test
    void disclaimerFromFile() throws IOException {
        write("disclaimer.txt", "\uFEFFConfidential.\r\nThank you.\r\n");
        write("gateway.yaml", MINIMAL + "disclaimer_file: disclaimer.txt\n");
        assertThat(ConfigLoader.load(dir).disclaimer()).isEqualTo("Confidential.\nThank you.");
    }

    @Test
    void noConfigurationFile() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("missing")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no such file");
    }

    @Test
    void theExampleSchoolLoads() {
        Path example = Path.of("..", "config").toAbsolutePath().normalize();
        GatewayConfig config = ConfigLoader.load(example);
        assertThat(config.school().name()).isEqualTo("Hawthorn Lane Primary School");
        assertThat(config.directory().pupils()).hasSizeGreaterThan(100);
        assertThat(config.directory().isParent("L.Green@hawthornlane.leeds.sch.uk"))
                .as("a member of staff who is also a parent is a colleague").isFalse();
        assertThat(config.disclaimer()).contains("confidential");
    }
}
