package uk.schoolgate.act.quarantine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import uk.schoolgate.server.StorageSettings;

/**
 * The gateway's database: an H2 file under the data folder by default, PostgreSQL when
 * {@code database.url} points at one. Opening it migrates the schema (Flyway,
 * {@code db/migration}); the same migrations run on both.
 */
public final class Database implements AutoCloseable {
    /** The engines the gateway runs on, and how each is made to keep a commit on disk. */
    public enum Kind {
        /**
         * H2 writes commits to its file in the background (about once a second) and never fsyncs
         * on commit; CHECKPOINT SYNC stores what is pending and forces the file to disk.
         */
        H2 {
            @Override
            void afterCommit(Connection c) throws SQLException {
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
        },
        /**
         * PostgreSQL's commit waits for its write-ahead log to be flushed, unless an administrator
         * turned synchronous_commit off: the held message's transaction insists on it.
         */
        POSTGRESQL {
            @Override
            void beginTransaction(Connection c) throws SQLException {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL synchronous_commit TO on");
                }
            }
        };

        void beginTransaction(Connection c) throws SQLException {
        }

        void afterCommit(Connection c) throws SQLException {
        }

        static Kind of(String url) {
            String u = url.toLowerCase(Locale.ROOT);
            if (u.startsWith("jdbc:h2:")) {
                return H2;
            }
            if (u.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            // The URL itself is not repeated: it may carry a password.
            throw new IllegalArgumentException("database.url must start with jdbc:h2: or jdbc:postgresql:");
        }
    }

    private final HikariDataSource pool;
    private final Kind kind;

    private Database(HikariDataSource pool, Kind kind) {
        this.pool = pool;
        this.kind = kind;
    }

    public static Database open(StorageSettings storage) {
        return open(storage.databaseUrl(), storage.databaseUser(), storage.databasePassword());
    }

    /** Connects, migrates the schema and checks that commits can be made durable. */
    public static Database open(String url, Optional<String> user, Optional<String> password) {
        Kind kind = Kind.of(url);
        HikariConfig config = new HikariConfig();
        config.setPoolName("quarantine");
        config.setJdbcUrl(kind == Kind.H2 ? keepOpenUntilClosed(url) : url);
        // An embedded H2 database is created by its first user, who is then its administrator
        // (CHECKPOINT SYNC needs that).
        config.setUsername(user.orElse(kind == Kind.H2 ? "sa" : null));
        config.setPassword(password.orElse(kind == Kind.H2 ? "" : null));
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new QuarantineException("the quarantine database could not be opened (" + describe(e) + ")");
        }
        Database db = new Database(pool, kind);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            db.checkDurability();
        } catch (FlywayException | QuarantineException e) {
            pool.close();
            throw e;
        }
        return db;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Fails at start, not at the first held message, when the database user cannot force a sync. */
    private void checkDurability() {
        try (Connection c = pool.getConnection()) {
            kind.afterCommit(c);
        } catch (SQLException e) {
            throw QuarantineException.of("the quarantine database cannot force its writes to disk; "
                    + "the database user must be its administrator", e);
        }
    }

    /**
     * H2 closes an embedded database from its own JVM shutdown hook, which on SIGTERM would race
     * the server draining its sessions: a message held during the drain would fail. The gateway
     * closes the database itself, last ({@link #close}). An explicit setting in the URL wins.
     */
    static String keepOpenUntilClosed(String url) {
        return url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT") ? url : url + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof SQLException sql) {
            return "SQLState " + sql.getSQLState() + ": " + sql.getMessage();
        }
        return root.getClass().getSimpleName();
    }
}
