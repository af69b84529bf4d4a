package uk.schoolgate.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A whole gateway for end-to-end tests: the example school's configuration copied into a temp
 * folder, listening on a free loopback port, relaying to a given upstream port (or to the
 * outbox), with its data in the temp folder.
 */
final class TestGateway {
    static final Path REPO = Path.of("").toAbsolutePath().getParent();

    private TestGateway() {
    }

    /** Copies config/ into {@code dir} and appends the server sections. */
    static Path config(Path dir, Integer upstreamPort, String extraYaml) {
        Path config = dir.resolve("config");
        copy(REPO.resolve("config"), config);
        StringBuilder yaml = new StringBuilder("\nsmtp:\n  listen: 127.0.0.1:0\n  hostname: gateway.test\n");
        if (upstreamPort != null) {
            yaml.append("upstream:\n  host: 127.0.0.1\n  port: ").append(upstreamPort)
                    .append("\n  tls: none\n  timeout_seconds: 5\n");
        }
        yaml.append("data_dir: ").append(dir.resolve("data")).append('\n').append(extraYaml);
        try {
            Files.writeString(config.resolve("gateway.yaml"), Files.readString(config.resolve("gateway.yaml")) + yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    static GatewayServer start(Path config) {
        return GatewayServer.start(ServerSettings.load(config, config.getParent()));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
