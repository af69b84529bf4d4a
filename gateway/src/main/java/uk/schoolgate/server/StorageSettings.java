package uk.schoolgate.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the gateway keeps its state (gateway.yaml {@code data_dir:} and {@code database:}): the
 * quarantine database (an H2 file under the data folder unless {@code database.url} points at
 * PostgreSQL), keys, and the outbox.
 */
public record StorageSettings(Path dataDir, String databaseUrl, Optional<String> databaseUser,
                              Optional<String> databasePassword) {
    public Path outbox() {
        return dataDir.resolve("outbox");
    }
}
