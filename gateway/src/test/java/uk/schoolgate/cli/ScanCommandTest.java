package uk.schoolgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEACHER = "p.evans@hawthornlane.leeds.sch.uk";   // no parent/pupil approval
    private static final String HEAD = "head@hawthornlane.leeds.sch.uk";

    @TempDir
    Path dir;

    private Path eml(String name, String from, String to, String subject, String body) throws IOException {
        String text = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void printsOneJsonLinePerMessageWithTheContractsKeys() throws IOException {
        Path ok = eml("ok.eml", HEAD, "k.walker@hawthornlane.leeds.sch.uk", "Staff meeting", "See you at 3.");
        Path parent = eml("parent.eml", TEACHER, "amy.roberts@gmail.com", "Homework", "Please check the homework.");
        CliRun run = CliRun.of("scan", "--config", CliRun.CONFIG.toString(), ok.toString(), parent.toString());

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> verdicts = lines(run.out());
        assertThat(verdicts).hasSize(2);
        JsonNode first = verdicts.get(0);
        assertThat(first.fieldNames()).toIterable().startsWith("file", "action", "flags", "findings", "reasons");
        assertThat(first.get("file").asText()).isEqualTo(ok.toString());
        assertThat(first.get("action").asText()).isEqualTo("DELIVER");
        assertThat(first.get("flags")).isEmpty();

        JsonNode second = verdicts.get(1);
        assertThat(second.get("action").asText()).isEqualTo("QUARANTINE");
        assertThat(second.get("flags").get(0).asText()).isEqualTo("PARENT_CONTACT_UNAPPROVED");
        assertThat(second.get("reasons").get(0).asText()).contains("not approved to email parents");
    }

    @Test
    void envelopeOptionsOverrideTheHeaders() throws IOException {
        Path file = eml("x.eml", TEACHER, "k.walker@hawthornlane.leeds.sch.uk", "Homework", "Hi");
        CliRun asIs = CliRun.of("scan", "--config", CliRun.CONFIG.toString(), file.toString());
        CliRun toParent = CliRun.of("scan", "--config", CliRun.CONFIG.toString(), "--rcpt", "amy.roberts@gmail.com",
                file.toString());
        CliRun fromHead = CliRun.of("scan", "--config", CliRun.CONFIG.toString(), "--from", HEAD,
                "--rcpt", "amy.roberts@gmail.com", file.toString());

        assertThat(lines(asIs.out()).get(0).get("action").asText()).isEqualTo("DELIVER");
        assertThat(lines(toParent.out()).get(0).get("action").asText()).isEqualTo("QUARANTINE");
        assertThat(lines(fromHead.out()).get(0).get("action").asText()).isEqualTo("DELIVER");
    }

    @Test
    void folderIsSearchedRecursivelyAndOutputKeepsDeliveredMessagesStamped() throws IOException {
        eml("in/a/ok.eml", HEAD, "k.walker@hawthornlane.leeds.sch.uk", "Staff meeting", "See you at 3.");
        eml("in/b/held.eml", TEACHER, "amy.roberts@gmail.com", "Homework", "Please check.");
        Files.writeString(dir.resolve("in/notes.txt"), "not a message");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("scan", "--config", CliRun.CONFIG.toString(), "--output", out.toString(),
                dir.resolve("in").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(lines(run.out())).hasSize(2);
        Path stamped = out.resolve("a/ok.eml");
        assertThat(stamped).exists();
        assertThat(Files.readString(stamped)).contains("See you at 3.").contains("confidential")
                .contains("Dr Helen Marsh").contains("Headteacher");
        assertThat(out.resolve("b/held.eml")).doesNotExist();
    }

    @Test
    void missingFileIsNamedAndExitsOne() throws IOException {
        Path ok = eml("ok.eml", HEAD, "k.walker@hawthornlane.leeds.sch.uk", "Hi", "Hi");
        CliRun run = CliRun.of("scan", "--config", CliRun.CONFIG.toString(), dir.resolve("gone.eml").toString(),
                ok.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("gone.eml: no such file");
        assertThat(lines(run.out())).hasSize(1);
    }

    @Test
    void badConfigurationExitsTwoWithOneLine() throws IOException {
        Path cfg = dir.resolve("cfg");
        Files.createDirectories(cfg);
        Files.writeString(cfg.resolve("gateway.yaml"), "school:\n  name: X\n  domains: [x.sch.uk]\n  colour: blue\n");
        Path msg = eml("m.eml", HEAD, "x@example.com", "Hi", "Hi");
        CliRun run = CliRun.of("scan", "--config", cfg.toString(), msg.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("configuration error:").contains("gateway.yaml");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(CliRun.of("scan", "x.eml").status()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").status()).isEqualTo(2);
        assertThat(CliRun.of().status()).isEqualTo(2);
    }

    @Test
    void explainShowsMaskedDetails() throws IOException {
        Path file = eml("x.eml", TEACHER, "k.walker@hawthornlane.leeds.sch.uk", "HIGHLY SENSITIVE", "Hi");
        CliRun run = CliRun.of("scan", "--config", CliRun.CONFIG.toString(), "--explain", file.toString());
        JsonNode v = lines(run.out()).get(0);
        assertThat(v.get("flags").get(0).asText()).isEqualTo("SENSITIVE_MARKING");
        assertThat(v.has("details")).isTrue();
        assertThat(v.has("notes")).isTrue();
    }
}
