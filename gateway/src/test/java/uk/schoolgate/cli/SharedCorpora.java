package uk.schoolgate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public test corpora beside the repository ({@code ../shared/corpora}). Tests that use them
 * skip when they are absent; nothing is copied into the project.
 */
final class SharedCorpora {
    private SharedCorpora() {
    }

    static Optional<Path> root() {
        Path corpora = CliRun.REPO.resolveSibling("shared").resolve("corpora");
        return Files.isDirectory(corpora) ? Optional.of(corpora) : Optional.empty();
    }

    static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("LICENSE"))
                    .filter(p -> !p.getFileName().toString().equals("SOURCES.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes start like an RFC 5322 message (a header line, or an mbox "From " line). */
    static boolean looksLikeMessage(byte[] bytes) {
        int n = Math.min(bytes.length, 200);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.matches("(?s)^(From |[A-Za-z][A-Za-z0-9-]*:[ \\t]).*");
    }
}
