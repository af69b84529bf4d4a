package uk.schoolgate.act.stamp;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test corpora live: {@code <repo>/../shared/corpora} (never copied into the project). */
final class CorpusLocation {
    private CorpusLocation() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        // during surefire the working directory is <repo>/scanners; from an IDE it may be <repo>
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("scanners"))) {
                return p.resolve("..").resolve("shared").resolve("corpora").normalize();
            }
        }
        return dir.resolve("..").resolve("..").resolve("shared").resolve("corpora").normalize();
    }
}
