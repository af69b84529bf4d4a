package uk.schoolgate.receive.milter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.server.MilterSettings;
import uk.schoolgate.server.ServerSettings;

/** gateway.yaml's {@code milter:} section, read with the rest of the server settings. */
class MilterSettingsTest {
    @TempDir
    Path dir;

    private ServerSettings load(String yaml) throws IOException {
        Path config = Files.createTempDirectory(dir, "config");
        Path from = Path.of("").toAbsolutePath().getParent().resolve("config");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = config.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(config.resolve("gateway.yaml"), Files.readString(config.resolve("gateway.yaml")) + yaml);
        return ServerSettings.load(config, config).server();
    }

    @Test
    void offWhenAbsent() throws IOException {
        assertThat(load("").milter()).isEmpty();
    }

    @Test
    void loopbackAndSafeDefaultsWhenPresent() throws IOException {
        assertThat(load("\nmilter: {}\n").milter()).hasValue(new MilterSettings("127.0.0.1", 8899, Duration.ofSeconds(120),
                Duration.ofSeconds(5), 25L * 1024 * 1024));
    }

    @Test
    void everyKeyCanBeSet() throws IOException {
        assertThat(load("\nmilter:\n  listen: '[::1]:9901'\n  timeout_seconds: 60\n  progress_seconds: 2\n"
                + "  max_message_bytes: 1048576\n").milter())
                .hasValue(new MilterSettings("::1", 9901, Duration.ofSeconds(60), Duration.ofSeconds(2), 1048576));
    }

    @Test
    void badValuesAreRefusedWithTheKey() {
        assertThatThrownBy(() -> load("\nmilter:\n  listen: 8899\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("milter.listen");
        assertThatThrownBy(() -> load("\nmilter:\n  lisen: 127.0.0.1:8899\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("lisen");
    }
}
