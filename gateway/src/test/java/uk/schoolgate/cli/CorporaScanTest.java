package uk.schoolgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.schoolgate.config.ConfigLoader;
import uk.schoolgate.pipeline.Pipeline;
import uk.schoolgate.pipeline.PipelineResult;

/**
 * Every file of the public corpora (malformed MIME, charsets, nested multiparts, Tika's test
 * documents, archives, S/MIME) gets a verdict in under 5 seconds, with no crash or hang. Files
 * that are messages are scanned as they are; documents and archives are scanned attached to a
 * message, as a member of staff would send them.
 */
class CorporaScanTest {
    private static final long LIMIT_NANOS = 5_000_000_000L;
    private static Pipeline pipeline;

    @BeforeAll
    static void pipeline() {
        pipeline = new Pipeline(ConfigLoader.load(CliRun.CONFIG));
    }

    @Test
    void everyCorpusFileGetsAVerdictQuickly() throws IOException {
        Optional<Path> root = SharedCorpora.root();
        Assumptions.assumeTrue(root.isPresent(), "../shared/corpora is absent");
        List<Path> files = SharedCorpora.files(root.get());
        List<String> slow = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Map<String, Integer> actions = new TreeMap<>();
        long slowest = 0;
        String slowestFile = "";
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            byte[] message = SharedCorpora.looksLikeMessage(bytes) ? bytes : attach(file.getFileName().toString(), bytes);
            long start = System.nanoTime();
            try {
                PipelineResult result = pipeline.process(message, Optional.empty(), List.of());
                actions.merge(result.verdict().action().name(), 1, Integer::sum);
            } catch (RuntimeException | StackOverflowError e) {
                failed.add(root.get().relativize(file) + ": " + e);
            }
            long took = System.nanoTime() - start;
            if (took > slowest) {
                slowest = took;
                slowestFile = root.get().relativize(file).toString();
            }
            if (took > LIMIT_NANOS) {
                slow.add(root.get().relativize(file) + " took " + took / 1_000_000 + " ms");
            }
        }
        System.out.printf("corpora: %d files, actions %s, slowest %s (%d ms)%n", files.size(), actions, slowestFile,
                slowest / 1_000_000);
        assertThat(files).hasSizeGreaterThan(1000);
        assertThat(failed).as("files that crashed the pipeline").isEmpty();
        assertThat(slow).as("files over 5 s").isEmpty();
    }

    @Test
    void scanOverTheMessageCorporaPrintsOnlyJson() {
        Optional<Path> root = SharedCorpora.root();
        Assumptions.assumeTrue(root.isPresent(), "../shared/corpora is absent");
        CliRun run = CliRun.of("scan", "--config", CliRun.CONFIG.toString(), root.get().resolve("ruby-mail").toString(),
                root.get().resolve("mimekit").toString(), root.get().resolve("tika").resolve("mail").toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{\"file\":").endsWith("}"));
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** A staff member's message carrying the file as an attachment. */
    static byte[] attach(String name, byte[] content) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "From: head@hawthornlane.leeds.sch.uk\r\nTo: someone@example.com\r\nSubject: file\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"corpus-boundary\"\r\n\r\n"
                + "--corpus-boundary\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease see attached.\r\n"
                + "--corpus-boundary\r\nContent-Type: application/octet-stream; name=\"" + safe + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + safe + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(Base64.getMimeEncoder().encode(content));
        out.writeBytes("\r\n--corpus-boundary--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
