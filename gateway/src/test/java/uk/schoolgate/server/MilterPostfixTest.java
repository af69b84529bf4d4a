package uk.schoolgate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.act.quarantine.HeldStatus;
import uk.schoolgate.receive.milter.ThrowawayPostfix;

/**
 * The milter with real parts: a real Postfix (its own configuration and queue in a temporary
 * folder, on loopback) asks the running gateway about every message, and relays what it lets
 * through to GreenMail. Messages come in by Jakarta Mail and swaks. Skipped unless Postfix is
 * installed and the tests run as root (as in CI).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MilterPostfixTest {
    @TempDir
    static Path dir;
    static GreenMail sink;
    static GatewayServer gateway;
    static ThrowawayPostfix postfix;

    @BeforeAll
    static void start() {
        assumeTrue(ThrowawayPostfix.available(), "Postfix is not installed, or not root (apt-get install postfix)");
        sink = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        sink.start();
        int milterPort = ThrowawayPostfix.freePort();
        gateway = TestGateway.start(TestGateway.config(dir, sink.getSmtp().getPort(),
                "milter:\n  listen: 127.0.0.1:" + milterPort + "\n"));
        assertThat(gateway.milterPort()).hasValue(milterPort);
        postfix = ThrowawayPostfix.start(dir, sink.getSmtp().getPort(), milterPort);
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

    @BeforeEach
    void emptySink() throws Exception {
        sink.purgeEmailFromAllMailboxes();
    }

    private List<MimeMessage> delivered(String subject) throws Exception {
        postfix.awaitEmptyQueue(Duration.ofSeconds(30));
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : sink.getReceivedMessages()) {
            if (subject.equals(m.getSubject())) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    @Order(1)
    void deliveredMailLeavesPostfixStamped() throws Exception {
        MailCases.send(postfix.port(), MailCases.text(MailCases.HEAD, MailCases.COLLEAGUE, "Staff meeting",
                "See you at 3.30 in the library."));

        List<MimeMessage> got = delivered("Staff meeting");
        assertThat(got).hasSize(1);
        String text = MailCases.text(got.get(0));
        assertThat(text).contains("See you at 3.30 in the library.").contains("Dr Helen Marsh").contains("Headteacher")
                .contains("intended only for the named recipient");
        assertThat(got.get(0).getHeader("Received")).anyMatch(h -> h.contains("mta.test"));
        assertThat(postfix.log()).doesNotContain("milter-reject").doesNotContain("warning: milter");
    }

    @Test
    @Order(2)
    void aProgramAttachmentIsRefusedWithTheRelaysReason() throws Exception {
        SMTPSendFailedException refused = catchThrowableOfType(SMTPSendFailedException.class,
                () -> MailCases.send(postfix.port(), MailCases.programAttachment()));
        assertThat(refused.getReturnCode()).isEqualTo(550);
        assertThat(refused.getMessage()).contains("5.7.1").contains("invoice.pdf");
        assertThat(delivered("Invoice")).isEmpty();
    }

    @Test
    @Order(3)
    void attachmentsOverTheLimitAreRefusedWith552() throws Exception {
        SMTPSendFailedException refused = catchThrowableOfType(SMTPSendFailedException.class,
                () -> MailCases.send(postfix.port(), MailCases.bigAttachment()));
        assertThat(refused.getReturnCode()).isEqualTo(552);
        assertThat(refused.getMessage()).contains("5.3.4").contains("the school limit is 2 MB").contains("SharePoint");
        assertThat(delivered("Photos")).isEmpty();
    }

    @Test
    @Order(4)
    void heldMailIsDiscardedByPostfixAndKeptInTheGatewaysQuarantine() throws Exception {
        int before = gateway.quarantine().list(HeldStatus.HELD, 100).size();
        MailCases.send(postfix.port(), MailCases.text(MailCases.TEACHER, MailCases.PARENT, "Homework",
                "Please check the homework diary tonight."));

        assertThat(delivered("Homework")).as("nothing reaches the parent").isEmpty();
        assertThat(postfix.log()).contains("milter-discard");
        var held = gateway.quarantine().list(HeldStatus.HELD, 100);
        assertThat(held).hasSize(before + 1);
        var mine = held.stream().filter(h -> h.sender().equals(MailCases.TEACHER)).findFirst().orElseThrow();
        assertThat(mine.flags()).anyMatch(f -> f.toString().contains("PARENT_CONTACT_UNAPPROVED"));
        assertThat(new String(gateway.quarantine().content(mine.id()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("Please check the homework diary tonight.");
        // The sender is told, as with the relay (the notice goes through the gateway's upstream).
        assertThat(sink.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().contains("held for review");
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    @Order(5)
    void swaksThroughPostfixGetsTheSameStampedMessage() throws Exception {
        assumeTrue(swaksInstalled(), "swaks is not installed");
        String out = swaks("--from", MailCases.HEAD, "--to", MailCases.COLLEAGUE, "--header", "Subject: Swaks test",
                "--body", "Sent by swaks through Postfix.");
        assertThat(out).contains("250 2.0.0 Ok: queued");
        List<MimeMessage> got = delivered("Swaks test");
        assertThat(got).hasSize(1);
        assertThat(MailCases.text(got.get(0))).contains("Sent by swaks through Postfix.").contains("Headteacher");
    }

    @Test
    @Order(100)
    void withTheGatewayStoppedPostfixDefersEveryMessage() throws Exception {
        gateway.close();
        gateway = null;
        SMTPSendFailedException deferred = catchThrowableOfType(SMTPSendFailedException.class,
                () -> MailCases.send(postfix.port(), MailCases.text(MailCases.HEAD, MailCases.COLLEAGUE, "Stopped",
                        "Nothing may pass unchecked.")));
        assertThat(deferred.getReturnCode() / 100).isEqualTo(4);
        assertThat(delivered("Stopped")).isEmpty();
        if (swaksInstalled()) {
            String out = swaks("--from", MailCases.HEAD, "--to", MailCases.COLLEAGUE, "--header", "Subject: Stopped too",
                    "--body", "Still nothing.");
            assertThat(out).containsPattern("<\\*\\* +4\\d\\d ");
        }
    }

    private static boolean swaksInstalled() {
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

    private static String swaks(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("swaks", "--server", "127.0.0.1", "--port",
                String.valueOf(postfix.port()), "--helo", "swaks.client.example", "--timeout", "60"));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
