package uk.schoolgate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.act.quarantine.HeldStatus;
import uk.schoolgate.act.quarantine.QuarantinedMessage;

/**
 * The relay with real parts: a real SMTP client (Jakarta Mail) submits to the running gateway,
 * and a real SMTP server (GreenMail) stands in for the school's upstream.
 */
class RelayEndToEndTest {
    private static final String HEAD = "head@hawthornlane.leeds.sch.uk";            // parent contact approved
    private static final String TEACHER = "p.evans@hawthornlane.leeds.sch.uk";      // not approved
    private static final String COLLEAGUE = "k.walker@hawthornlane.leeds.sch.uk";
    private static final String PARENT = "amy.roberts@gmail.com";
    private static final String COUNCIL = "admissions@leeds.gov.uk";

    @TempDir
    Path dir;
    private GreenMail upstream;
    private GatewayServer gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (upstream != null) {
            upstream.stop();
        }
    }

    private void startWithUpstream() {
        upstream = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        upstream.start();
        gateway = TestGateway.start(TestGateway.config(dir, upstream.getSmtp().getPort(), ""));
    }

    private MimeMessage message(String from, String to, String subject, String body) throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject);
        m.setText(body, "UTF-8");
        return m;
    }

    private void send(MimeMessage m) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(gateway.smtpPort()));
        p.put("mail.smtp.timeout", "30000");
        Session session = Session.getInstance(p);
        try (Transport t = session.getTransport("smtp")) {
            t.connect();
            t.sendMessage(m, m.getAllRecipients());
        }
    }

    private static String text(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void deliveredMailArrivesStampedUpstream() throws Exception {
        startWithUpstream();
        send(message(HEAD, COLLEAGUE, "Staff meeting", "See you at 3.30 in the library."));

        MimeMessage[] received = upstream.getReceivedMessages();
        assertThat(received).hasSize(1);
        String delivered = text(received[0]);
        assertThat(delivered).contains("See you at 3.30 in the library.")
                .contains("Dr Helen Marsh").contains("Headteacher").contains("Hawthorn Lane Primary School")
                .contains("intended only for the named recipient");
        assertThat(received[0].getHeader("Received")).anyMatch(h -> h.contains("gateway.test"));
    }

    @Test
    void attachmentOverTheLimitIsRefusedWithTheReason() throws Exception {
        startWithUpstream();
        MimeMessage m = message(HEAD, COUNCIL, "Photos", "");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Photos from sports day attached.");
        MimeBodyPart big = new MimeBodyPart();
        byte[] bytes = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(bytes);
        big.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(bytes, "image/jpeg")));
        big.setFileName("sports-day.jpg");
        m.setContent(new MimeMultipart(text, big));

        SMTPSendFailedException refused = catchThrowableOfType(SMTPSendFailedException.class, () -> send(m));
        assertThat(refused.getReturnCode()).isEqualTo(552);
        assertThat(refused.getMessage()).contains("5.3.4").contains("the school limit is 2 MB").contains("SharePoint");
        assertThat(upstream.getReceivedMessages()).isEmpty();
    }

    @Test
    void programAttachmentIsRefused() throws Exception {
        startWithUpstream();
        MimeMessage m = message(HEAD, COLLEAGUE, "Invoice", "");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Invoice attached.");
        MimeBodyPart exe = new MimeBodyPart();
        byte[] pe = new byte[512];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3c] = (byte) 0x80;
        pe[0x80] = 'P';
        pe[0x81] = 'E';
        exe.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pe, "application/pdf")));
        exe.setFileName("invoice.pdf");
        m.setContent(new MimeMultipart(text, exe));

        SMTPSendFailedException refused = catchThrowableOfType(SMTPSendFailedException.class, () -> send(m));
        assertThat(refused.getReturnCode()).isEqualTo(550);
        assertThat(refused.getMessage()).contains("5.7.1").contains("invoice.pdf");
        assertThat(upstream.getReceivedMessages()).isEmpty();
    }

    @Test
    void heldMailIsStoredNotDeliveredAndTheSenderIsTold() throws Exception {
        startWithUpstream();
        send(message(TEACHER, PARENT, "Homework", "Please check the homework diary tonight."));

        MimeMessage[] received = upstream.getReceivedMessages();
        assertThat(received).as("only the notice to the sender goes upstream").hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Address::toString).containsExactly(TEACHER);
        assertThat(received[0].getSubject()).contains("held for review").contains("Homework");
        assertThat(received[0].getHeader("Auto-Submitted")).containsExactly("auto-generated");

        var held = gateway.quarantine().list(HeldStatus.HELD, 10);
        assertThat(held).singleElement().satisfies(h -> {
            assertThat(h.sender()).isEqualTo(TEACHER);
            assertThat(h.flags()).anyMatch(f -> f.toString().contains("PARENT_CONTACT_UNAPPROVED"));
        });
        QuarantinedMessage first = held.get(0);
        assertThat(new String(gateway.quarantine().content(first.id()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("Please check the homework diary tonight.");
    }

    @Test
    void personalDataForOutsideIsHeldUntilItCanBeEncrypted() throws Exception {
        startWithUpstream();
        send(message(HEAD, COUNCIL, "Admission", "Amelia Khan, date of birth 14/05/2016, joins Year 5 in May."));

        assertThat(upstream.getReceivedMessages()).extracting(m -> Arrays.toString(m.getAllRecipients()))
                .as("nothing personal leaves in clear: only the notice to the sender").containsExactly("[" + HEAD + "]");
        assertThat(gateway.quarantine().list(HeldStatus.HELD, 10)).singleElement()
                .satisfies(h -> assertThat(h.action().toString()).isEqualTo("ENCRYPT"));
    }

    @Test
    void upstreamDownGives451AndTheClientsRetryDelivers() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        gateway = TestGateway.start(TestGateway.config(dir, port, ""));
        MimeMessage m = message(HEAD, COLLEAGUE, "Cover", "Can you cover period 3?");

        SMTPSendFailedException deferred = catchThrowableOfType(SMTPSendFailedException.class, () -> send(m));
        assertThat(deferred.getReturnCode()).isEqualTo(451);
        assertThat(deferred.getMessage()).contains("4.4.1").contains("try again");

        upstream = new GreenMail(ServerSetupTest.SMTP.withPort(port));
        upstream.start();
        send(m);
        assertThat(upstream.getReceivedMessages()).hasSize(1);
        assertThat(text(upstream.getReceivedMessages()[0])).contains("Can you cover period 3?");
    }

    @Test
    void withNoUpstreamMailGoesToTheOutbox() throws Exception {
        gateway = TestGateway.start(TestGateway.config(dir, null, ""));
        send(message(HEAD, COLLEAGUE, "Outbox", "Into the outbox."));
        try (var files = java.nio.file.Files.list(dir.resolve("data").resolve("outbox"))) {
            var delivered = files.filter(f -> f.toString().endsWith(".eml")).toList();
            assertThat(delivered).singleElement().satisfies(f ->
                    assertThat(java.nio.file.Files.readString(f)).contains("Into the outbox.")
                            .contains("X-Envelope-To: " + COLLEAGUE).contains("Headteacher"));
        }
    }
}
