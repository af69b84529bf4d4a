package uk.schoolgate.receive.smtp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import uk.schoolgate.auth.FailedLoginLimiter;
import uk.schoolgate.auth.PasswordHash;
import uk.schoolgate.auth.StaffAuthenticator;
import uk.schoolgate.auth.UsersFile;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.server.Network;
import uk.schoolgate.server.SmtpSettings;

/**
 * A real SmtpDoor on 127.0.0.1, port 0, with test settings: two members of staff with SMTP
 * accounts (alice, bob) and a third on the staff list without one (carol).
 */
final class TestDoor implements AutoCloseable {
    static final String ALICE = "alice@school.example";
    static final String BOB = "bob@school.example";
    static final String CAROL = "carol@school.example";
    static final String ALICE_PASSWORD = "correct horse battery";
    static final String BOB_PASSWORD = "tr0ub4dor&3-bob";
    static final Directory DIRECTORY = new Directory(List.of(staff(ALICE), staff(BOB), staff(CAROL)), List.of(), List.of());
    private static UsersFile users;

    final SmtpDoor door;
    final RecordingIntake intake;
    final SmtpSettings settings;

    private TestDoor(SmtpDoor door, RecordingIntake intake, SmtpSettings settings) {
        this.door = door;
        this.intake = intake;
        this.settings = settings;
    }

    private static StaffMember staff(String email) {
        return new StaffMember(email, email.substring(0, email.indexOf('@')), "Teacher", true, true);
    }

    /** The users file, made once per test run: each hash takes a noticeable fraction of a second. */
    static synchronized StaffAuthenticator users(Path dir) throws Exception {
        if (users == null) {
            Path file = Files.createTempFile(dir, "users", ".csv");
            Files.writeString(file, "# test accounts\n"
                    + ALICE + "," + PasswordHash.create(ALICE_PASSWORD.toCharArray(), PasswordHash.MINIMUM_ITERATIONS).encoded() + "\n"
                    + BOB + "," + PasswordHash.create(BOB_PASSWORD.toCharArray(), PasswordHash.MINIMUM_ITERATIONS).encoded() + "\n");
            users = UsersFile.load(file, DIRECTORY);
        }
        return users;
    }

    static Builder builder() {
        return new Builder();
    }

    int port() {
        return door.port();
    }

    @Override
    public void close() {
        door.close(Duration.ofSeconds(5));
    }

    static final class Builder {
        List<Network> trusted = List.of(Network.parse("127.0.0.0/8"), Network.parse("::1/128"));
        Optional<TestPki.PemFiles> tls = Optional.empty();
        long maxMessageBytes = 25L * 1024 * 1024;
        int maxRecipients = 100;
        int maxConnections = 50;
        int maxConnectionsPerClient = 20;
        int maxLineLength = 4096;
        int maxHeaderLines = 1000;
        Duration sessionTimeout = Duration.ofMinutes(10);
        Duration idleTimeout = Duration.ofSeconds(60);
        StaffAuthenticator auth = StaffAuthenticator.noAccounts();
        FailedLoginLimiter limiter = FailedLoginLimiter.standard();
        RecordingIntake intake = new RecordingIntake();

        Builder untrusted() {
            trusted = List.of(Network.parse("192.0.2.0/24"));
            return this;
        }

        Builder tls(TestPki.PemFiles files) {
            tls = Optional.of(files);
            return this;
        }

        Builder auth(StaffAuthenticator auth) {
            this.auth = auth;
            return this;
        }

        Builder limiter(FailedLoginLimiter limiter) {
            this.limiter = limiter;
            return this;
        }

        Builder intake(RecordingIntake intake) {
            this.intake = intake;
            return this;
        }

        Builder maxMessageBytes(long n) {
            maxMessageBytes = n;
            return this;
        }

        Builder maxRecipients(int n) {
            maxRecipients = n;
            return this;
        }

        Builder maxConnectionsPerClient(int n) {
            maxConnectionsPerClient = n;
            return this;
        }

        Builder maxLineLength(int n) {
            maxLineLength = n;
            return this;
        }

        Builder maxHeaderLines(int n) {
            maxHeaderLines = n;
            return this;
        }

        Builder sessionTimeout(Duration d) {
            sessionTimeout = d;
            return this;
        }

        Builder idleTimeout(Duration d) {
            idleTimeout = d;
            return this;
        }

        SmtpSettings settings() {
            return new SmtpSettings("127.0.0.1", 0, "gateway.school.example", trusted,
                    tls.map(TestPki.PemFiles::certificate), tls.map(TestPki.PemFiles::key), maxMessageBytes, maxRecipients,
                    maxConnections, maxConnectionsPerClient, maxLineLength, maxHeaderLines, sessionTimeout, idleTimeout);
        }

        TestDoor start() {
            SmtpSettings settings = settings();
            SmtpDoor door = new SmtpDoor(settings, intake, auth, DIRECTORY, limiter);
            door.start();
            return new TestDoor(door, intake, settings);
        }
    }
}
