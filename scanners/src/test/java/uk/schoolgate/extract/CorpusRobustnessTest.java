package uk.schoolgate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.config.ExtractionLimits;
import uk.schoolgate.parse.AttachmentPart;
import uk.schoolgate.parse.MessageParser;
import uk.schoolgate.parse.ParsedMessage;

/**
 * Feeds every file of the shared test corpora (Tika's own test documents: archives built to break
 * unpackers, malformed PDFs, encrypted Office files...) to the extractor, and the attachments of
 * the mail corpora too. Each must come back within 5 seconds without an exception. Prints a
 * summary: counts by media type and by unreadable reason, and the slowest files.
 *
 * <p>The corpora live beside the repository ({@code ../shared/corpora}); the test is skipped where
 * they are absent. Nothing is copied into the project.
 */
class CorpusRobustnessTest {
    private static final long MAX_MILLIS_PER_FILE = 5000;
    /** Below the 5 s allowance: the budget plus the hard timeout's grace must still fit. */
    private static final Duration BUDGET = Duration.ofSeconds(4);

    private static AttachmentExtractor extractor;
    private static Level savedLevel;

    @BeforeAll
    static void start() {
        ExtractionLimits d = ExtractionLimits.defaults();
        extractor = new AttachmentExtractor(new ExtractionLimits(d.maxTotalChars(), d.maxDepth(),
                d.maxArchiveEntries(), d.maxExpansionRatio(), d.maxExpandedBytes(), BUDGET));
        // Parsers log every oddity of these deliberately odd files; keep the test output readable.
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        savedLevel = root.getLevel();
        root.setLevel(Level.ERROR);
    }

    @AfterAll
    static void stop() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(savedLevel);
        if (extractor != null) {
            extractor.close();
        }
    }

    /** {@code <repo>/../shared/corpora}, found by walking up from the working directory. */
    static Path corpora() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpora");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void everyTikaTestDocumentComesBackInTime() throws IOException {
        Path corpora = corpora();
        Assumptions.assumeTrue(corpora != null && Files.isDirectory(corpora.resolve("tika")),
                "shared/corpora/tika not found beside the repository");
        Summary summary = new Summary();
        for (Path file : files(corpora.resolve("tika"))) {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            Extraction e = summary.time(corpora.relativize(file).toString(),
                    () -> extractor.extract(List.of(new AttachmentPart(name, "application/octet-stream", content, true))));
            assertThat(e.parts()).as(name).isNotEmpty();
            assertThat(e.parts().get(0).size()).isEqualTo(content.length);
        }
        summary.print("tika corpus");

        // Some of what the corpus is there to prove:
        assertThat(summary.find("tika/archives/droste.zip")).anyMatch(p -> is(p, Unreadable.Reason.LIMIT_EXCEEDED));
        assertThat(summary.find("tika/archives/quine.gz")).anyMatch(p -> is(p, Unreadable.Reason.LIMIT_EXCEEDED));
        assertThat(summary.find("tika/archives/testZ_oom.Z")).anyMatch(p -> is(p, Unreadable.Reason.LIMIT_EXCEEDED));
        assertThat(summary.find("tika/archives/testLZMA_oom")).anyMatch(p -> is(p, Unreadable.Reason.LIMIT_EXCEEDED));
        assertThat(summary.find("tika/archives/testZipEncrypted.zip"))
                .anyMatch(p -> is(p, Unreadable.Reason.PASSWORD_PROTECTED));
        assertThat(summary.find("tika/archives/test7Z_protected_passTika.7z"))
                .anyMatch(p -> is(p, Unreadable.Reason.PASSWORD_PROTECTED));
        assertThat(summary.find("tika/office/testWORD_protected_passtika.docx"))
                .anyMatch(p -> is(p, Unreadable.Reason.PASSWORD_PROTECTED));
        assertThat(summary.find("tika/opendocument/testODTEncrypted.odt"))
                .anyMatch(p -> is(p, Unreadable.Reason.PASSWORD_PROTECTED));
        assertThat(summary.find("tika/office/test_embedded_zip.pptx"))
                .as("a program in a zip embedded in a presentation").anyMatch(ExtractedPart::executable);
        assertThat(summary.all()).filteredOn(ExtractedPart::executable)
                .as("nothing else in the corpus is a program").allMatch(p -> p.path().endsWith(".exe"));
    }

    @Test
    void attachmentsOfTheMailCorporaComeBackInTime() throws IOException {
        Path corpora = corpora();
        Assumptions.assumeTrue(corpora != null, "shared/corpora not found beside the repository");
        Summary summary = new Summary();
        for (String folder : List.of("mimekit", "mime4j", "ruby-mail", "thunderbird-smime", "smtp-smuggling", "tika/mail")) {
            Path dir = corpora.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : files(dir)) {
                ParsedMessage message = new MessageParser().parse(Files.readAllBytes(file));
                if (!message.parts().isEmpty()) {
                    summary.time(corpora.relativize(file).toString(), () -> extractor.extract(message.parts()));
                }
            }
        }
        summary.print("mail corpora attachments");
        assertThat(summary.messages).isPositive();
    }

    private static boolean is(ExtractedPart p, Unreadable.Reason reason) {
        return p.unreadable() != null && p.unreadable().reason() == reason;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Times each extraction and tallies what came back. */
    private static final class Summary {
        private final Map<String, List<ExtractedPart>> byFile = new TreeMap<>();
        private final Map<String, Long> millis = new TreeMap<>();
        private int messages;

        Extraction time(String label, java.util.function.Supplier<Extraction> extraction) {
            long started = System.nanoTime();
            Extraction e = extraction.get();
            long took = (System.nanoTime() - started) / 1_000_000;
            assertThat(took).as("%s took %d ms", label, took).isLessThan(MAX_MILLIS_PER_FILE);
            assertThat(e.notes()).as(label).allMatch(n -> n.length() < 400);
            messages++;
            millis.put(label, took);
            byFile.put(label, e.parts());
            return e;
        }

        List<ExtractedPart> find(String label) {
            return byFile.getOrDefault(label, List.of());
        }

        List<ExtractedPart> all() {
            return byFile.values().stream().flatMap(List::stream).toList();
        }

        void print(String title) {
            Map<String, Integer> types = new TreeMap<>();
            Map<String, Integer> reasons = new TreeMap<>();
            List<String> unreadable = new ArrayList<>();
            int executables = 0;
            for (Map.Entry<String, List<ExtractedPart>> file : byFile.entrySet()) {
                for (ExtractedPart p : file.getValue()) {
                    types.merge(p.mediaType(), 1, Integer::sum);
                    if (p.executable()) {
                        executables++;
                    }
                    if (p.unreadable() != null) {
                        reasons.merge(p.unreadable().reason().name(), 1, Integer::sum);
                        if (p.depth() == 0) {
                            unreadable.add(String.format("  %-18s %-60s %s", p.unreadable().reason(), file.getKey(),
                                    p.unreadable().detail()));
                        }
                    }
                }
            }
            long total = millis.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder out = new StringBuilder();
            out.append(String.format("%n=== %s: %d inputs, %d parts, %d executable, %d ms in all%n", title, messages,
                    all().size(), executables, total));
            out.append("parts by media type:\n");
            types.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(t -> out.append(String.format("  %5d  %s%n", t.getValue(), t.getKey())));
            out.append("unreadable parts by reason: ").append(reasons).append('\n');
            out.append("unreadable inputs (depth 0):\n");
            unreadable.forEach(u -> out.append(u).append('\n'));
            out.append("slowest:\n");
            millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .limit(10).forEach(m -> out.append(String.format("  %6d ms  %s%n", m.getValue(), m.getKey())));
            System.out.println(out);
        }
    }
}
