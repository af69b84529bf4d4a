package uk.schoolgate.act.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarantine on an H2 file, as the gateway runs it by default. */
class H2QuarantineStoreTest extends QuarantineStoreContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(url(dir), Optional.empty(), Optional.empty());
    }

    static String url(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("quarantine").toAbsolutePath() + ";MODE=PostgreSQL";
    }

    /**
     * The strongest check of durability short of pulling the plug: another JVM holds a message and
     * halts the moment {@code hold} returns (no shutdown hooks, no database close). The message
     * must be there when the database is opened again.
     */
    @Test
    void aHeldMessageSurvivesTheProcessDyingRightAfterHoldReturns() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldThenHalt.class.getName(), url(dir)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(HoldThenHalt.EXIT_HELD);
        String id = output.lines().filter(l -> l.startsWith("held ")).findFirst().orElseThrow().substring(5);

        try (Database db = open()) {
            JdbcQuarantineStore store = new JdbcQuarantineStore(db, "n");
            assertThat(store.find(id)).hasValueSatisfying(m -> assertThat(m.subject()).isEqualTo("Halt"));
            assertThat(store.content(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(HeldFixtures.raw("Halt")));
        }
        assertThat(Files.exists(dir.resolve("quarantine.mv.db"))).isTrue();
    }

    /** The child process of the test above. */
    static final class HoldThenHalt {
        static final int EXIT_HELD = 42;

        public static void main(String[] args) {
            Database db = Database.open(args[0], Optional.empty(), Optional.empty());
            HeldMessage held = new JdbcQuarantineStore(db, "child").hold(HeldFixtures.ENVELOPE, HeldFixtures.raw("Halt"),
                    HeldFixtures.verdict());
            System.out.println("held " + held.id());
            System.out.flush();
            Runtime.getRuntime().halt(EXIT_HELD);
        }
    }
}
