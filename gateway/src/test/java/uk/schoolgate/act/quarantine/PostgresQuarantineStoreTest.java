package uk.schoolgate.act.quarantine;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The quarantine on a real PostgreSQL: a throwaway cluster from Debian's binaries. Skipped where
 * PostgreSQL is not installed; CI installs it ({@code apt-get install postgresql}).
 */
class PostgresQuarantineStoreTest extends QuarantineStoreContract {
    private static ThrowawayPostgres postgres;

    @BeforeAll
    static void startCluster() throws Exception {
        Optional<Path> bin = ThrowawayPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL is not installed (apt-get install postgresql)");
        postgres = ThrowawayPostgres.start(bin.get());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Each test starts from an empty schema, as the H2 tests start from an empty file. */
    @BeforeEach
    void emptySchema() throws Exception {
        try (var c = java.sql.DriverManager.getConnection(postgres.url(), postgres.user(), "");
             var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    @Override
    Database open() {
        return Database.open(postgres.url(), Optional.of(postgres.user()), Optional.empty());
    }
}
