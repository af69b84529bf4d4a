package uk.schoolgate.act.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.schoolgate.server.UpstreamSettings;

/** {@link SmtpUpstream} against GreenMail, a real SMTP server. */
class SmtpUpstreamGreenMailTest {
    private GreenMail greenMail;

    @AfterEach
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private GreenMail start(ServerSetup setup) {
        greenMail = new GreenMail(setup);
        greenMail.start();
        return greenMail;
    }

    @Test
    void deliversTheBytesUnchangedToEveryRecipient() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort());
        byte[] message = TestMessages.message("Lunch menu");
        try (SmtpUpstream upstream = new SmtpUpstream(TestMessages.plain(greenMail.getSmtp().getPort()))) {
            DeliveryResult result = upstream.deliver("ann.teacher@oakfield.sch.uk",
                    List.of("office@council.example", "bursar@council.example"), message);

            assertThat(result.status()).isEqualTo(DeliveryResult.Status.ACCEPTED);
            assertThat(result.code()).isEqualTo(250);
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage m : received) {
            byte[] bytes = bytes(m);
            // GreenMail puts its own Return-Path and Received lines on top and stores the message
            // without its last CRLF; the rest must be ours, byte for byte. (ScriptedSmtpServer
            // checks the exact bytes on the wire.)
            byte[] withoutLastCrlf = Arrays.copyOf(message, message.length - 2);
            assertThat(endsWith(bytes, withoutLastCrlf)).as(new String(bytes)).isTrue();
            assertThat(m.getMessageID()).isEqualTo("<original-id-1234@client.example>");
        }
    }

    @Test
    void upstreamDownIsTemporaryThenDeliversWhenItIsBack() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (SmtpUpstream upstream = new SmtpUpstream(TestMessages.plain(port))) {
            DeliveryResult down = upstream.deliver("ann.teacher@oakfield.sch.uk", List.of("office@council.example"),
                    TestMessages.message("Try 1"));
            assertThat(down.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(down.code()).isEqualTo(451);
            assertThat(down.enhancedStatus()).isEqualTo("4.4.1");
            assertThat(upstream.reachable()).isFalse();

            start(ServerSetupTest.SMTP.withPort(port));
            assertThat(upstream.reachable()).isTrue();
            DeliveryResult up = upstream.deliver("ann.teacher@oakfield.sch.uk", List.of("office@council.example"),
                    TestMessages.message("Try 2"));
            assertThat(up.isAccepted()).isTrue();
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Try 2");
    }

    @Test
    void implicitTlsDelivers() throws Exception {
        start(ServerSetupTest.SMTPS.dynamicPort());
        UpstreamSettings settings = TestMessages.with(greenMail.getSmtps().getPort(), UpstreamSettings.Tls.IMPLICIT, 1,
                Duration.ofSeconds(5));
        // GreenMail's certificate is self-signed and not for 127.0.0.1: trust it in this test only.
        Properties trust = new Properties();
        trust.setProperty("mail.smtp.ssl.trust", "*");
        trust.setProperty("mail.smtp.ssl.checkserveridentity", "false");
        try (SmtpUpstream upstream = new SmtpUpstream(settings, "gateway.test", trust)) {
            assertThat(upstream.deliver("ann.teacher@oakfield.sch.uk", List.of("office@council.example"),
                    TestMessages.message("Over TLS")).isAccepted()).isTrue();
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void implicitTlsRefusesAnUntrustedCertificate() throws Exception {
        start(ServerSetupTest.SMTPS.dynamicPort());
        UpstreamSettings settings = TestMessages.with(greenMail.getSmtps().getPort(), UpstreamSettings.Tls.IMPLICIT, 1,
                Duration.ofSeconds(5));
        try (SmtpUpstream upstream = new SmtpUpstream(settings)) {
            DeliveryResult result = upstream.deliver("ann.teacher@oakfield.sch.uk", List.of("office@council.example"),
                    TestMessages.message("Over TLS"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(result.enhancedStatus()).isEqualTo("4.7.5");
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void logsInWhenCredentialsAreConfigured() throws Exception {
        start(ServerSetupTest.SMTP.dynamicPort());
        greenMail.setUser("relay@oakfield.sch.uk", "relay", "s3cret");
        UpstreamSettings settings = new UpstreamSettings("127.0.0.1", greenMail.getSmtp().getPort(),
                UpstreamSettings.Tls.NONE, Optional.of("relay"), Optional.of("s3cret"), Duration.ofSeconds(5), 1);
        try (SmtpUpstream upstream = new SmtpUpstream(settings)) {
            assertThat(upstream.deliver("ann.teacher@oakfield.sch.uk", List.of("office@council.example"),
                    TestMessages.message("Logged in")).isAccepted()).isTrue();
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    private static byte[] bytes(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    private static boolean endsWith(byte[] all, byte[] tail) {
        return all.length >= tail.length && Arrays.equals(Arrays.copyOfRange(all, all.length - tail.length, all.length),
                tail);
    }
}
