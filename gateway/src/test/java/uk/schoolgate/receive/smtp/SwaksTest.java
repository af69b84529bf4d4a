package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.schoolgate.receive.smtp.TestDoor.ALICE;
import static uk.schoolgate.receive.smtp.TestDoor.ALICE_PASSWORD;
import static uk.schoolgate.receive.smtp.TestDoor.BOB;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.auth.StaffAuthenticator;

/**
 * The door with swaks, the Swiss Army Knife SMTP client (Debian package {@code swaks}; CI
 * installs it). Skipped when swaks is not installed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SwaksTest {
    @TempDir
    static Path dir;
    static TestPki.PemFiles pki;
    static StaffAuthenticator users;

    record Run(int status, String output) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        assumeTrue(installed(), "swaks is not installed (apt-get install swaks)");
        pki = TestPki.write(dir, TestPki.KeyFormat.PKCS1_RSA);
        users = TestDoor.users(dir);
    }

    private static boolean installed() {
        try {
            Process p = new ProcessBuilder("swaks", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Run swaks(int port, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("swaks", "--server", "127.0.0.1", "--port", String.valueOf(port),
                "--helo", "swaks.client.example", "--timeout", "20", "--header", "Subject: swaks test",
                "--body", "Sent by swaks."));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }

    @Test
    void sendsWithStartTlsAndAuthPlain() throws Exception {
        try (TestDoor door = TestDoor.builder().untrusted().tls(pki).auth(users).start()) {
            Run run = swaks(door.port(), "--from", ALICE, "--to", "parent@home.example", "--tls",
                    "--auth", "PLAIN", "--auth-user", ALICE, "--auth-password", ALICE_PASSWORD);
            assertThat(run.status()).as(run.output()).isZero();
            assertThat(run.output()).contains("250 2.0.0 Delivered");
            RecordingIntake.Taken taken = door.intake.only();
            assertThat(taken.envelope().authenticatedUser()).isEqualTo(Optional.of(ALICE));
            assertThat(taken.text()).startsWith("Received: from swaks.client.example ([127.0.0.1])").contains("Sent by swaks.");
        }
    }

    @Test
    void sendsWithStartTlsAndAuthLogin() throws Exception {
        try (TestDoor door = TestDoor.builder().untrusted().tls(pki).auth(users).start()) {
            Run run = swaks(door.port(), "--from", ALICE, "--to", "parent@home.example", "--tls",
                    "--auth", "LOGIN", "--auth-user", ALICE, "--auth-password", ALICE_PASSWORD);
            assertThat(run.status()).as(run.output()).isZero();
            assertThat(door.intake.only().envelope().authenticatedUser()).isEqualTo(Optional.of(ALICE));
        }
    }

    @Test
    void cannotSendAsAColleague() throws Exception {
        try (TestDoor door = TestDoor.builder().untrusted().tls(pki).auth(users).start()) {
            Run run = swaks(door.port(), "--from", BOB, "--to", "parent@home.example", "--tls",
                    "--auth", "PLAIN", "--auth-user", ALICE, "--auth-password", ALICE_PASSWORD);
            assertThat(run.status()).isNotZero();
            assertThat(run.output()).contains("550 5.7.1 You can only send as yourself");
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void cannotAuthenticateWithoutTls() throws Exception {
        try (TestDoor door = TestDoor.builder().untrusted().tls(pki).auth(users).start()) {
            Run run = swaks(door.port(), "--from", ALICE, "--to", "parent@home.example",
                    "--auth", "PLAIN", "--auth-user", ALICE, "--auth-password", ALICE_PASSWORD);
            assertThat(run.status()).isNotZero();
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void anUntrustedClientWithoutAuthIsNotRelayed() throws Exception {
        try (TestDoor door = TestDoor.builder().untrusted().tls(pki).auth(users).start()) {
            Run run = swaks(door.port(), "--from", "spammer@elsewhere.example", "--to", "victim@elsewhere.example", "--tls");
            assertThat(run.status()).isNotZero();
            assertThat(run.output()).contains("530 5.7.0");
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void aTrustedClientSendsPlainly() throws Exception {
        try (TestDoor door = TestDoor.builder().start()) {
            Run run = swaks(door.port(), "--from", "copier@school.example", "--to", "office@school.example", "--pipeline");
            assertThat(run.status()).as(run.output()).isZero();
            assertThat(door.intake.only().envelope().sender()).isEqualTo("copier@school.example");
        }
    }
}
