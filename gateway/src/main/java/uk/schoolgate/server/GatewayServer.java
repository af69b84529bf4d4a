package uk.schoolgate.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.act.Dispatcher;
import uk.schoolgate.act.MessageHandler;
import uk.schoolgate.act.deliver.OutboxUpstream;
import uk.schoolgate.act.deliver.SmtpUpstream;
import uk.schoolgate.act.deliver.Upstream;
import uk.schoolgate.act.notify.EmailSenderNotifier;
import uk.schoolgate.act.notify.SenderNotifier;
import uk.schoolgate.act.quarantine.Database;
import uk.schoolgate.act.quarantine.JdbcQuarantineStore;
import uk.schoolgate.act.quarantine.QuarantineReader;
import uk.schoolgate.auth.StaffAuthenticator;
import uk.schoolgate.auth.UsersFile;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.config.GatewayConfig;
import uk.schoolgate.pipeline.Pipeline;
import uk.schoolgate.receive.milter.MilterDoor;
import uk.schoolgate.receive.smtp.SmtpDoor;

/**
 * The running gateway: builds every part from the configuration, in dependency order, and takes
 * them down in reverse. The doors drain first (the SMTP door and, when configured, the milter
 * door, together: clients and MTAs in the middle of a message get their answer), the database
 * closes last (a message being held must reach the disk).
 */
public final class GatewayServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

    private final ServerSettings settings;
    private final Pipeline pipeline;
    private final Upstream upstream;
    private final Database database;
    private final JdbcQuarantineStore quarantine;
    private final SmtpDoor door;
    private final Optional<MilterDoor> milter;

    private GatewayServer(ServerSettings settings, Pipeline pipeline, Upstream upstream, Database database,
                          JdbcQuarantineStore quarantine, SmtpDoor door, Optional<MilterDoor> milter) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.upstream = upstream;
        this.database = database;
        this.quarantine = quarantine;
        this.door = door;
        this.milter = milter;
    }

    /** Starts everything, or nothing: on failure whatever was started is closed again. */
    public static GatewayServer start(ServerSettings.Loaded loaded) {
        GatewayConfig config = loaded.gateway();
        ServerSettings settings = loaded.server();
        createDataDir(settings.storage().dataDir());
        Pipeline pipeline = null;
        Upstream upstream = null;
        Database database = null;
        SmtpDoor door = null;
        try {
            StaffAuthenticator auth = settings.usersFile()
                    .<StaffAuthenticator>map(file -> UsersFile.load(file, config.directory()))
                    .orElse(StaffAuthenticator.noAccounts());
            pipeline = new Pipeline(config);
            upstream = settings.upstream().<Upstream>map(u -> new SmtpUpstream(u, settings.smtp().hostname()))
                    .orElseGet(() -> new OutboxUpstream(settings.storage().outbox()));
            database = Database.open(settings.storage());
            JdbcQuarantineStore quarantine = new JdbcQuarantineStore(database, nodeName());
            SenderNotifier notifier = notifier(settings, config, upstream);
            MessageHandler handler = new MessageHandler(pipeline, quarantine, notifier);
            door = new SmtpDoor(settings.smtp(), new Dispatcher(handler, upstream), auth, config.directory());
            door.start();
            Optional<MilterDoor> milter = settings.milter().map(m -> new MilterDoor(m, handler));
            milter.ifPresent(MilterDoor::start);
            GatewayServer server = new GatewayServer(settings, pipeline, upstream, database, quarantine, door, milter);
            LOG.info("listening for mail on {}:{}; delivering to {}", settings.smtp().bindAddress(), door.port(),
                    server.deliversTo());
            milter.ifPresent(m -> LOG.info("listening for milter connections (Postfix, Sendmail) on {}:{}",
                    settings.milter().get().bindAddress(), m.port()));
            return server;
        } catch (RuntimeException e) {
            closeQuietly(door);
            closeQuietly(upstream);
            closeQuietly(pipeline);
            closeQuietly(database);
            throw e;
        }
    }

    private static SenderNotifier notifier(ServerSettings settings, GatewayConfig config, Upstream upstream) {
        if (!settings.notifications().enabled()) {
            return (envelope, subject, verdict, held) -> { };
        }
        String office = config.school().phone().isBlank() ? "the school office"
                : "the school office on " + config.school().phone();
        return new EmailSenderNotifier(settings.notifications(), upstream, config.school().name(), office);
    }

    /** The data folder holds the quarantine and keys: only the gateway's own user may read it. */
    private static void createDataDir(Path dir) {
        try {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: permissions are the administrator's to set
            }
        } catch (IOException e) {
            throw new ConfigException(dir + ": cannot create the data folder (" + e.getMessage() + ")");
        }
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "gateway";
        }
    }

    /** The held messages, for the console and for tests. */
    public QuarantineReader quarantine() {
        return quarantine;
    }

    public int smtpPort() {
        return door.port();
    }

    /** The milter door's port, when {@code milter:} is configured. */
    public OptionalInt milterPort() {
        return milter.map(m -> OptionalInt.of(m.port())).orElse(OptionalInt.empty());
    }

    /** "the outbox /srv/gateway/data/outbox" or "smtp.office365.com:587", for the start-up line. */
    public String deliversTo() {
        return settings.upstream().map(u -> u.host() + ":" + u.port())
                .orElse("the outbox " + settings.storage().outbox());
    }

    /**
     * Drains the SMTP door and the milter door (at the same time, so a stop takes one drain
     * timeout, not two), then closes delivery, the pipeline and the database, in that order.
     */
    @Override
    public void close() {
        CompletableFuture<Boolean> milterDrained = milter
                .map(m -> CompletableFuture.supplyAsync(() -> m.close(SmtpDoor.DRAIN_TIMEOUT)))
                .orElse(CompletableFuture.completedFuture(true));
        boolean drained = door.close(SmtpDoor.DRAIN_TIMEOUT);
        drained &= milterDrained.join();
        if (!drained) {
            LOG.warn("stopped before every client finished; they were not told 250 and will send again");
        }
        closeQuietly(upstream);
        closeQuietly(pipeline);
        closeQuietly(database);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while stopping: {}", e.getClass().getSimpleName());
        }
    }
}
