package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.schoolgate.receive.smtp.SmtpWire.expect;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.schoolgate.receive.Reply;

/** The door's protocol over real sockets, for a client on a trusted network (loopback). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SmtpDoorTest {
    static final String MESSAGE = "From: alice@school.example\r\nTo: parent@home.example\r\nSubject: Trip\r\n\r\n"
            + "The coach leaves at 9.\r\n";

    @Test
    void advertisesTheExtensionsAndNoAuthWithoutTls() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.connect(door.port())) {
            expect(wire.greeting(), "220 gateway.school.example ESMTP");
            String ehlo = wire.command("EHLO laptop.local");
            assertThat(ehlo.lines()).contains("250-gateway.school.example", "250-PIPELINING", "250-SIZE 26214400",
                    "250-8BITMIME", "250-ENHANCEDSTATUSCODES");
            assertThat(ehlo).doesNotContain("AUTH", "STARTTLS", "CHUNKING", "SMTPUTF8");
        }
    }

    @Test
    void aTrustedClientSendsWithoutAuthAndTheIntakeGetsEnvelopeAndTraceHeader() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.send("office@school.example", "parent@home.example", MESSAGE)).isEqualTo("250 2.0.0 Delivered");
            RecordingIntake.Taken taken = door.intake.only();
            assertThat(taken.envelope().sender()).isEqualTo("office@school.example");
            assertThat(taken.envelope().recipients()).containsExactly("parent@home.example");
            assertThat(taken.envelope().authenticatedUser()).isEmpty();
            assertThat(taken.text()).startsWith("Received: from client.example ([127.0.0.1])\r\n\tby gateway.school.example"
                    + " (schoolgate) with ESMTP id ");
            assertThat(taken.text()).endsWith("\r\n" + MESSAGE);
        }
    }

    @Test
    void jakartaMailSendsFromATrustedNetwork() throws Exception {
        try (TestDoor door = TestDoor.builder().start()) {
            Properties p = new Properties();
            p.setProperty("mail.smtp.host", "127.0.0.1");
            p.setProperty("mail.smtp.port", String.valueOf(door.port()));
            Session session = Session.getInstance(p);
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress("copier@school.example"));
            m.setRecipients(Message.RecipientType.TO, "head@school.example, office@school.example");
            m.setSubject("Scan");
            m.setText("Scanned document.");
            Transport.send(m);
            RecordingIntake.Taken taken = door.intake.only();
            assertThat(taken.envelope().recipients()).containsExactly("head@school.example", "office@school.example");
            assertThat(taken.text()).contains("Subject: Scan", "Scanned document.");
        }
    }

    @Test
    void theNullSenderIsAcceptedFromATrustedNetwork() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.send("", "office@school.example", MESSAGE)).startsWith("250");
            assertThat(door.intake.only().envelope().sender()).isEmpty();
        }
    }

    @Test
    void anUntrustedClientMustAuthenticate() throws Exception {
        try (TestDoor door = TestDoor.builder().untrusted().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.command("MAIL FROM:<alice@school.example>")).startsWith("530 5.7.0 Authentication required");
            assertThat(wire.command("MAIL FROM:<>")).startsWith("530 5.7.0");
            assertThat(wire.command("RCPT TO:<victim@elsewhere.example>")).startsWith("503 5.5.1");
            assertThat(wire.command("DATA")).startsWith("503 5.5.1");
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void jakartaMailFromAnUntrustedClientWithoutAuthIsRefused() throws Exception {
        try (TestDoor door = TestDoor.builder().untrusted().start()) {
            Properties p = new Properties();
            p.setProperty("mail.smtp.host", "127.0.0.1");
            p.setProperty("mail.smtp.port", String.valueOf(door.port()));
            MimeMessage m = new MimeMessage(Session.getInstance(p));
            m.setFrom(new InternetAddress("alice@school.example"));
            m.setRecipients(Message.RecipientType.TO, "victim@elsewhere.example");
            m.setText("relay me");
            assertThatThrownBy(() -> Transport.send(m)).isInstanceOfSatisfying(SMTPSendFailedException.class,
                    e -> assertThat(e.getReturnCode()).isEqualTo(530));
            assertThat(door.intake.taken).isEmpty();
        }
    }

    @Test
    void commandsNeedTheirPredecessors() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.connect(door.port())) {
            wire.greeting();
            assertThat(wire.command("MAIL FROM:<a@school.example>")).startsWith("503 5.5.1 Send EHLO first");
            expect(wire.command("HELO old.client"), "250");
            assertThat(wire.command("RCPT TO:<b@school.example>")).startsWith("503 5.5.1");
            expect(wire.command("MAIL FROM:<a@school.example>"), "250 2.1.0");
            assertThat(wire.command("MAIL FROM:<a@school.example>")).startsWith("503 5.5.1");
            assertThat(wire.command("DATA")).startsWith("503 5.5.1 Send RCPT TO first");
            assertThat(wire.command("RSET")).isEqualTo("250 2.0.0 Reset");
            assertThat(wire.command("RCPT TO:<b@school.example>")).startsWith("503 5.5.1");
        }
    }

    @Test
    void refusesUnknownParametersAndBadAddresses() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.command("MAIL FROM:<a@school.example> RET=HDRS")).startsWith("555 5.5.4");
            assertThat(wire.command("MAIL FROM:<a@school.example> BODY=BINARYMIME")).startsWith("555 5.5.4");
            assertThat(wire.command("MAIL FROM:<not an address>")).startsWith("5");
            expect(wire.command("MAIL FROM:<a@school.example> SIZE=1000 BODY=8BITMIME"), "250");
            assertThat(wire.command("RCPT TO:<>")).startsWith("501 5.1.3");
            assertThat(wire.command("RCPT TO:<b@school.example> NOTIFY=NEVER")).startsWith("555 5.5.4");
            assertThat(wire.command("RCPT TO:<b@school.example>")).isEqualTo("250 2.1.5 Recipient OK");
        }
    }

    @Test
    void revealsNothingAndRefusesChunking() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.command("VRFY alice")).startsWith("502 5.5.1");
            assertThat(wire.command("EXPN staff")).startsWith("502 5.5.1");
            assertThat(wire.command("NOOP")).isEqualTo("250 2.0.0 OK");
            expect(wire.command("MAIL FROM:<a@school.example>"), "250");
            expect(wire.command("RCPT TO:<b@school.example>"), "250");
            assertThat(wire.command("BDAT 20 LAST")).startsWith("503 5.5.1");
            assertThat(wire.closedByServer()).isTrue();
            assertThat(door.intake.taken).isEmpty();
        }
    }

    static Stream<Reply> intakeReplies() {
        return Stream.of(Reply.accepted("Delivered to the school's mail server"),
                Reply.held("Held for review: it mentions a pupil's health. Your data protection lead will look at it today."),
                Reply.tryAgainLater("The school's mail server is not answering"),
                new Reply(550, "5.7.1", "This message contains a pupil's UPN and cannot go to an outside address."),
                new Reply(552, "5.3.4", "Your attachments total 3.1 MB; the school limit is 2 MB. Share large files through SharePoint or Teams instead."));
    }

    @ParameterizedTest
    @MethodSource("intakeReplies")
    void theIntakesReplyIsPassedThrough(Reply reply) throws Exception {
        try (TestDoor door = TestDoor.builder().intake(new RecordingIntake().answering(reply)).start();
             SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.send("a@school.example", "b@home.example", MESSAGE)).isEqualTo(reply.wire());
            assertThat(wire.command("NOOP")).isEqualTo("250 2.0.0 OK");
        }
    }

    @Test
    void anIntakeThatThrowsGets451NeverA250() throws Exception {
        RecordingIntake intake = new RecordingIntake().answering((e, raw) -> {
            throw new IllegalStateException("database is down: pupil Jane Doe");
        });
        try (TestDoor door = TestDoor.builder().intake(intake).start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            String reply = wire.send("a@school.example", "b@home.example", MESSAGE);
            assertThat(reply).startsWith("451 4.3.0 ").doesNotContain("Jane", "database", "Exception");
            intake.answering(Reply.accepted("Delivered"));
            assertThat(wire.send("a@school.example", "b@home.example", MESSAGE)).isEqualTo("250 2.0.0 Delivered");
        }
    }

    @Test
    void anIntakeThatReturnsNothingGets451() throws Exception {
        try (TestDoor door = TestDoor.builder().intake(new RecordingIntake().answering((e, raw) -> null)).start();
             SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.send("a@school.example", "b@home.example", MESSAGE)).startsWith("451 4.3.0");
        }
    }

    @Test
    void pipelinedCommandsGetTheirRepliesInOrder() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            wire.send("MAIL FROM:<a@school.example>\r\nRCPT TO:<b@home.example>\r\nRCPT TO:<c@home.example>\r\nDATA\r\n");
            assertThat(List.of(wire.reply(), wire.reply(), wire.reply(), wire.reply()))
                    .containsExactly("250 2.1.0 Sender OK", "250 2.1.5 Recipient OK", "250 2.1.5 Recipient OK",
                            "354 End data with <CR><LF>.<CR><LF>");
            wire.send(MESSAGE + ".\r\nQUIT\r\n");
            assertThat(wire.reply()).isEqualTo("250 2.0.0 Delivered");
            assertThat(wire.reply()).isEqualTo("221 2.0.0 Bye");
            assertThat(door.intake.only().envelope().recipients()).containsExactly("b@home.example", "c@home.example");
        }
    }

    @Test
    void duplicateRecipientsReachTheIntakeOnce() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            expect(wire.command("MAIL FROM:<a@school.example>"), "250");
            expect(wire.command("RCPT TO:<b@home.example>"), "250");
            expect(wire.command("RCPT TO:<B@Home.Example>"), "250");
            expect(wire.command("DATA"), "354");
            wire.send(MESSAGE + ".\r\n");
            expect(wire.reply(), "250");
            assertThat(door.intake.only().envelope()).isEqualTo(
                    new uk.schoolgate.pipeline.Envelope("a@school.example", List.of("b@home.example"), Optional.empty()));
        }
    }
}
