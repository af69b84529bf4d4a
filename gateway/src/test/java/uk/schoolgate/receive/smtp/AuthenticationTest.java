package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.schoolgate.receive.smtp.SmtpWire.expect;
import static uk.schoolgate.receive.smtp.TestDoor.ALICE;
import static uk.schoolgate.receive.smtp.TestDoor.ALICE_PASSWORD;
import static uk.schoolgate.receive.smtp.TestDoor.BOB;
import static uk.schoolgate.receive.smtp.TestDoor.CAROL;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.auth.FailedLoginLimiter;
import uk.schoolgate.auth.StaffAuthenticator;

/** STARTTLS and AUTH for clients outside the trusted networks, with Jakarta Mail and raw sockets. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AuthenticationTest {
    @TempDir
    static Path dir;
    static TestPki.PemFiles pki;
    static StaffAuthenticator users;

    @BeforeAll
    static void setUp() throws Exception {
        pki = TestPki.write(dir, TestPki.KeyFormat.PKCS8);
        users = TestDoor.users(dir);
    }

    private static TestDoor door() {
        return TestDoor.builder().untrusted().tls(pki).auth(users).start();
    }

    private static MimeMessage message(Session session, String from, String to) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject("Homework");
        m.setText("Please see the attached worksheet.");
        return m;
    }

    private static Session jakarta(int port, String mechanism) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", String.valueOf(port));
        p.setProperty("mail.smtp.starttls.enable", "true");
        p.setProperty("mail.smtp.starttls.required", "true");
        p.setProperty("mail.smtp.ssl.trust", "*");
        p.setProperty("mail.smtp.auth", "true");
        p.setProperty("mail.smtp.auth.mechanisms", mechanism);
        return Session.getInstance(p);
    }

    private static void send(Session session, String user, String password, MimeMessage m) throws MessagingException {
        try (Transport t = session.getTransport("smtp")) {
            t.connect(user, password);
            t.sendMessage(m, m.getAllRecipients());
        }
    }

    @Test
    void offersStartTlsFirstAndAuthOnlyAfterIt() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.connect(door.port())) {
            wire.greeting();
            String before = wire.command("EHLO laptop");
            assertThat(before).contains("250-STARTTLS").doesNotContain("AUTH");
            wire.startTls();
            String after = wire.command("EHLO laptop");
            assertThat(after).contains("250-AUTH PLAIN LOGIN").doesNotContain("STARTTLS");
        }
    }

    @Test
    void authBeforeStartTlsIsRefused() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.authPlain(ALICE, ALICE_PASSWORD)).startsWith("538 5.7.11 Encryption required");
            assertThat(wire.command("AUTH LOGIN")).startsWith("538 5.7.11");
            assertThat(wire.command("MAIL FROM:<" + ALICE + ">")).startsWith("530 5.7.0");
        }
    }

    @Test
    void authAfterStartTlsLetsAMemberOfStaffSendAsThemselves() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            assertThat(wire.authPlain("Alice@School.Example", ALICE_PASSWORD)).startsWith("235");
            String reply = wire.send(ALICE.toUpperCase(), "parent@home.example",
                    "From: Alice <alice@school.example>\r\nTo: parent@home.example\r\nSubject: x\r\n\r\nHello\r\n");
            assertThat(reply).isEqualTo("250 2.0.0 Delivered");
            RecordingIntake.Taken taken = door.intake.only();
            assertThat(taken.envelope().authenticatedUser()).contains(ALICE);
            assertThat(taken.text()).startsWith("Received: from client.example ([127.0.0.1])\r\n\t(using TLSv1.")
                    .contains(" with ESMTPSA id ").doesNotContain("for <", ALICE_PASSWORD);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLAIN", "LOGIN"})
    void jakartaMailSendsWithStartTlsAndAuth(String mechanism) throws Exception {
        try (TestDoor door = door()) {
            Session session = jakarta(door.port(), mechanism);
            send(session, ALICE, ALICE_PASSWORD, message(session, ALICE, "parent@home.example"));
            assertThat(door.intake.only().envelope().authenticatedUser()).isEqualTo(Optional.of(ALICE));
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        try (TestDoor door = door()) {
            Session session = jakarta(door.port(), "PLAIN");
            assertThatThrownBy(() -> send(session, ALICE, "wrong password", message(session, ALICE, "x@home.example")))
                    .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("535 5.7.8");
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void staffWithoutAnAccountAndUnknownUsersAreRefusedTheSameWay() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            assertThat(wire.authPlain(CAROL, "anything at all")).isEqualTo("535 " + StaffLogin.INVALID);
            assertThat(wire.authPlain("nobody@school.example", "anything")).isEqualTo("535 " + StaffLogin.INVALID);
            assertThat(wire.command("MAIL FROM:<" + CAROL + ">")).startsWith("530 5.7.0");
        }
    }

    @Test
    void theAuthenticatorsAnswerMustBeOnTheStaffList() throws Exception {
        StaffAuthenticator vouchesForAnOutsider = (user, password) -> Optional.of("mallory@evil.example");
        try (TestDoor door = TestDoor.builder().untrusted().tls(pki).auth(vouchesForAnOutsider).start();
             SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            assertThat(wire.authPlain("mallory@evil.example", "x")).startsWith("535 5.7.8");
        }
    }

    @Test
    void anUnreachableAuthenticatorMeansTryAgainLater() throws Exception {
        StaffAuthenticator down = (user, password) -> {
            throw new IllegalStateException("LDAP server unreachable");
        };
        try (TestDoor door = TestDoor.builder().untrusted().tls(pki).auth(down).start();
             SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            assertThat(wire.authPlain(ALICE, ALICE_PASSWORD)).isEqualTo("454 4.7.0 Temporary authentication failure; try again later");
        }
    }

    @Test
    void authLoginAndPlainWithoutInitialResponseWork() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            assertThat(wire.command("AUTH LOGIN")).isEqualTo("334 VXNlcm5hbWU6");
            assertThat(wire.command(b64(ALICE))).isEqualTo("334 UGFzc3dvcmQ6");
            assertThat(wire.command(b64("not it"))).startsWith("535");
            assertThat(wire.command("AUTH PLAIN")).isEqualTo("334 ");
            assertThat(wire.command(b64("\0" + ALICE + "\0" + ALICE_PASSWORD))).startsWith("235");
            assertThat(wire.command("AUTH PLAIN " + b64("\0" + ALICE + "\0" + ALICE_PASSWORD))).startsWith("503");
        }
    }

    @Test
    void plainCannotAuthoriseAsSomeoneElse() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            assertThat(wire.command("AUTH PLAIN " + b64(BOB + "\0" + ALICE + "\0" + ALICE_PASSWORD))).startsWith("535 5.7.8");
            assertThat(wire.command("AUTH PLAIN not-base64!")).startsWith("501 5.5.2");
        }
    }

    @Test
    void repeatedFailuresFromOneAddressAreRateLimited() throws Exception {
        FailedLoginLimiter limiter = new FailedLoginLimiter(5, Duration.ofMinutes(10), Duration.ofMinutes(15),
                java.time.Clock.systemUTC());
        try (TestDoor door = TestDoor.builder().untrusted().tls(pki).auth(users).limiter(limiter).start()) {
            try (SmtpWire wire = SmtpWire.ready(door.port())) {
                wire.startTls();
                for (int i = 0; i < 3; i++) {
                    assertThat(wire.authPlain(ALICE, "guess " + i)).startsWith("535 5.7.8");
                }
            }
            try (SmtpWire wire = SmtpWire.ready(door.port())) {
                wire.startTls();
                for (int i = 3; i < 5; i++) {
                    assertThat(wire.authPlain(BOB, "guess " + i)).startsWith("535 5.7.8");
                }
                assertThat(wire.authPlain(ALICE, ALICE_PASSWORD)).startsWith("454 4.7.0 Too many failed sign-in attempts");
            }
            try (SmtpWire wire = SmtpWire.ready(door.port())) {
                wire.startTls();
                assertThat(wire.authPlain(ALICE, ALICE_PASSWORD)).startsWith("454 4.7.0");
            }
        }
    }

    @Test
    void aSignedInMemberOfStaffCannotUseAnotherStaffAddressInMailFrom() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            expect(wire.authPlain(ALICE, ALICE_PASSWORD), "235");
            assertThat(wire.command("MAIL FROM:<" + BOB + ">"))
                    .isEqualTo("550 5.7.1 You can only send as yourself (signed in as " + ALICE + ")");
            assertThat(wire.command("MAIL FROM:<>")).startsWith("550 5.7.1");
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void aSignedInMemberOfStaffCannotPutAnotherStaffAddressInFrom() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            expect(wire.authPlain(ALICE, ALICE_PASSWORD), "235");
            String reply = wire.send(ALICE, "parent@home.example",
                    "From: Bob <" + BOB + ">\r\nTo: parent@home.example\r\nSubject: x\r\n\r\nHello\r\n");
            assertThat(reply).startsWith("550 5.7.1 You can only send as yourself (signed in as " + ALICE
                    + "; the From: header names another address)");
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void jakartaMailSendingAsAColleagueIsRefused() throws Exception {
        try (TestDoor door = door()) {
            Session session = jakarta(door.port(), "LOGIN");
            assertThatThrownBy(() -> send(session, ALICE, ALICE_PASSWORD, message(session, BOB, "parent@home.example")))
                    .isInstanceOfSatisfying(SMTPSendFailedException.class, e -> assertThat(e.getReturnCode()).isEqualTo(550));
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void aTrustedClientThatSignsInIsHeldToTheSameRule() throws Exception {
        try (TestDoor door = TestDoor.builder().tls(pki).auth(users).start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.startTls();
            expect(wire.authPlain(ALICE, ALICE_PASSWORD), "235");
            assertThat(wire.command("MAIL FROM:<" + BOB + ">")).startsWith("550 5.7.1");
        }
    }

    @Test
    void plaintextPipelinedAfterStartTlsIsRefused() throws Exception {
        try (TestDoor door = door(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.send("STARTTLS\r\nMAIL FROM:<" + ALICE + ">\r\n");
            assertThat(wire.reply()).startsWith("554 5.5.1");
            assertThat(wire.closedByServer()).isTrue();
        }
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
