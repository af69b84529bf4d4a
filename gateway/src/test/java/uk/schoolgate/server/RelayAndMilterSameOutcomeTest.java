package uk.schoolgate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.schoolgate.act.quarantine.HeldStatus;
import uk.schoolgate.receive.milter.ThrowawayPostfix;

/**
 * The "done when": the same messages give the same outcomes through the relay and through
 * Postfix with the milter. One gateway runs both doors; each message goes once to the gateway's
 * SMTP door and once to a real Postfix that asks the gateway's milter door; both deliver to the
 * same GreenMail. The outcomes must match: delivered with the same stamped text, held in the
 * quarantine, or refused with the same reply.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RelayAndMilterSameOutcomeTest {
    @TempDir
    static Path dir;
    static GreenMail sink;
    static GatewayServer gateway;
    static ThrowawayPostfix postfix;

    /** What happened to one message: "delivered" with its text, "held", or the refusal's reply. */
    record Outcome(String what, String text) {
    }

    interface Case {
        MimeMessage build() throws Exception;
    }

    @BeforeAll
    static void start() {
        assumeTrue(ThrowawayPostfix.available(), "Postfix is not installed, or not root (apt-get install postfix)");
        sink = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        sink.start();
        gateway = TestGateway.start(TestGateway.config(dir, sink.getSmtp().getPort(), "milter:\n  listen: 127.0.0.1:0\n"));
        postfix = ThrowawayPostfix.start(dir, sink.getSmtp().getPort(), gateway.milterPort().orElseThrow());
    }

    @AfterAll
    static void stop() {
        if (postfix != null) {
            postfix.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (sink != null) {
            sink.stop();
        }
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("internal notice, delivered and stamped", (Case) () -> MailCases.text(MailCases.HEAD,
                        MailCases.COLLEAGUE, "Cover", "Can you cover period 3 on Thursday?"), "delivered"),
                Arguments.of("the head writes to a parent", (Case) () -> MailCases.text(MailCases.HEAD, MailCases.PARENT,
                        "Trip", "The Year 4 trip to the museum leaves at 9 on Friday. Packed lunch, please."), "delivered"),
                Arguments.of("HTML and plain alternatives", (Case) () -> MailCases.html(MailCases.HEAD, MailCases.COLLEAGUE,
                        "Rota", "The playground rota is attached below.",
                        "<html><body><p>The playground rota is <b>below</b>.</p></body></html>"), "delivered"),
                Arguments.of("a teacher not approved for parents", (Case) () -> MailCases.text(MailCases.TEACHER,
                        MailCases.PARENT, "Homework", "Please check the homework diary tonight."), "held"),
                Arguments.of("personal data for outside, held until it can be encrypted", (Case) () -> MailCases.text(
                        MailCases.HEAD, MailCases.COUNCIL, "Admission",
                        "Amelia Khan, date of birth 14/05/2016, joins Year 5 in May."), "held"),
                Arguments.of("a program attachment", (Case) MailCases::programAttachment, "550"),
                Arguments.of("attachments over the limit", (Case) MailCases::bigAttachment, "552"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void sameOutcomeThroughTheRelayAndThroughPostfixWithTheMilter(String name, Case message, String expected)
            throws Exception {
        Outcome relay = send(gateway.smtpPort(), message.build());
        Outcome milter = send(postfix.port(), message.build());

        assertThat(relay.what()).as("relay").startsWith(expected);
        assertThat(milter).as("milter: the same as the relay").isEqualTo(relay);
        if (expected.equals("delivered")) {
            assertThat(milter.text()).contains("intended only for the named recipient");
        }
    }

    private static Outcome send(int port, MimeMessage m) throws Exception {
        sink.purgeEmailFromAllMailboxes();
        String subject = m.getSubject();
        int heldBefore = gateway.quarantine().list(HeldStatus.HELD, 1000).size();
        try {
            MailCases.send(port, m);
        } catch (SMTPSendFailedException e) {
            return new Outcome(e.getReturnCode() + "", e.getMessage().strip());
        }
        postfix.awaitEmptyQueue(Duration.ofSeconds(30));
        List<MimeMessage> arrived = new ArrayList<>();
        for (MimeMessage got : sink.getReceivedMessages()) {
            if (subject.equals(subjectOf(got))) {
                arrived.add(got);
            }
        }
        int heldAfter = gateway.quarantine().list(HeldStatus.HELD, 1000).size();
        if (arrived.isEmpty() && heldAfter == heldBefore + 1) {
            return new Outcome("held", "");
        }
        assertThat(arrived).as("exactly one copy delivered, nothing held").hasSize(1);
        assertThat(heldAfter).isEqualTo(heldBefore);
        return new Outcome("delivered", MailCases.text(arrived.get(0)));
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
