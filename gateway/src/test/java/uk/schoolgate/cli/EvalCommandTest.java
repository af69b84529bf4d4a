package uk.schoolgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path corpus;

    @BeforeEach
    void twoMessages() throws IOException {
        Files.writeString(corpus.resolve("ok.eml"), "From: head@hawthornlane.leeds.sch.uk\r\n"
                + "To: k.walker@hawthornlane.leeds.sch.uk\r\nSubject: Meeting\r\n\r\nSee you at 3.\r\n");
        Files.writeString(corpus.resolve("parent.eml"), "From: p.evans@hawthornlane.leeds.sch.uk\r\n"
                + "To: amy.roberts@gmail.com\r\nSubject: Homework\r\n\r\nPlease check.\r\n");
    }

    private void labels(String json) throws IOException {
        Files.writeString(corpus.resolve("labels.json"), json);
    }

    @Test
    void perfectLabelsScoreOne() throws IOException {
        labels("""
                [{"file": "ok.eml", "action": "DELIVER", "flags": [], "findings": []},
                 {"file": "parent.eml", "action": "QUARANTINE", "flags": ["PARENT_CONTACT_UNAPPROVED"], "findings": []}]
                """);
        CliRun run = CliRun.of("eval", "--config", CliRun.CONFIG.toString(), "--min-f1", "1.0",
                "--min-accuracy", "1.0", corpus.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Action accuracy: 1.000 (2/2)").contains("Mismatches: 0")
                .containsPattern("PARENT_CONTACT_UNAPPROVED +1 +0 +0 +1.000 +1.000 +1.000");
    }

    @Test
    void mismatchesAreListedAndThresholdsFail() throws IOException {
        labels("""
                [{"file": "ok.eml", "action": "ENCRYPT", "flags": ["PERSONAL_DATA"], "findings": ["DATE_OF_BIRTH"]},
                 {"file": "parent.eml", "action": "QUARANTINE", "flags": ["PARENT_CONTACT_UNAPPROVED"], "findings": []}]
                """);
        CliRun run = CliRun.of("eval", "--config", CliRun.CONFIG.toString(), "--min-f1", "0.9", corpus.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("Action accuracy: 0.500 (1/2)")
                .contains("ok.eml: action DELIVER (expected ENCRYPT); missing PERSONAL_DATA, DATE_OF_BIRTH");
        assertThat(run.err()).contains("below --min-f1");
    }

    @Test
    void badLabelsAreAUsageError() throws IOException {
        labels("[{\"file\": \"ok.eml\", \"action\": \"SHRED\"}]");
        CliRun run = CliRun.of("eval", "--config", CliRun.CONFIG.toString(), corpus.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown action value 'SHRED'");
    }

    @Test
    void missingLabelsFile() {
        CliRun run = CliRun.of("eval", "--config", CliRun.CONFIG.toString(), corpus.resolve("nowhere").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("labels.json: no such file");
    }
}
