package uk.schoolgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's run command, as a user runs it: the packaged jar over the sample messages. */
class ScanJarIT {
    private static final Path JAR = CliRun.REPO.resolve("gateway/target/gateway.jar");

    private static Process start(Path stdout, Path stderr, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(CliRun.REPO.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    @Test
    void scanOfTheSampleMessagesPrintsAVerdictPerMessage() throws Exception {
        Path out = Files.createTempFile("scan", ".out");
        Path err = Files.createTempFile("scan", ".err");
        Process p = start(out, err, "scan", "--config", "config", "test-data/messages");
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();

        long messages;
        try (var walk = Files.walk(CliRun.REPO.resolve("test-data/messages"))) {
            messages = walk.filter(f -> f.toString().endsWith(".eml")).count();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) messages);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode v = json.readTree(line);
            assertThat(v.get("action").asText()).isIn("DELIVER", "ENCRYPT", "QUARANTINE", "REJECT");
        }
    }

    @Test
    void badConfigurationExitsTwo() throws Exception {
        Path out = Files.createTempFile("scan", ".out");
        Path err = Files.createTempFile("scan", ".err");
        Process p = start(out, err, "scan", "--config", "no-such-folder", "test-data/messages");
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err)).contains("configuration error").contains("no-such-folder");
        assertThat(Files.readString(out)).isEmpty();
    }
}
