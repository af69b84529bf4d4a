package uk.schoolgate.server;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Properties;
import java.util.Random;

/**
 * The example school's test messages for the door tests (relay and milter alike), built with
 * Jakarta Mail and sent by SMTP as a mail client would.
 */
final class MailCases {
    static final String HEAD = "head@hawthornlane.leeds.sch.uk";            // parent contact approved
    static final String TEACHER = "p.evans@hawthornlane.leeds.sch.uk";      // not approved
    static final String COLLEAGUE = "k.walker@hawthornlane.leeds.sch.uk";
    static final String PARENT = "amy.roberts@gmail.com";
    static final String COUNCIL = "admissions@leeds.gov.uk";

    private MailCases() {
    }

    static MimeMessage text(String from, String to, String subject, String body) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject);
        m.setText(body, "UTF-8");
        return m;
    }

    static MimeMessage html(String from, String to, String subject, String text, String html) throws Exception {
        MimeMessage m = text(from, to, subject, "");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        m.setContent(new MimeMultipart("alternative", plain, rich));
        return m;
    }

    static MimeMessage programAttachment() throws Exception {
        MimeMessage m = text(HEAD, COLLEAGUE, "Invoice", "");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Invoice attached.");
        MimeBodyPart exe = new MimeBodyPart();
        byte[] pe = new byte[512];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3c] = (byte) 0x80;
        pe[0x80] = 'P';
        pe[0x81] = 'E';
        exe.setDataHandler(new DataHandler(new ByteArrayDataSource(pe, "application/pdf")));
        exe.setFileName("invoice.pdf");
        m.setContent(new MimeMultipart(text, exe));
        return m;
    }

    static MimeMessage bigAttachment() throws Exception {
        MimeMessage m = text(HEAD, COUNCIL, "Photos", "");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Photos from sports day attached.");
        MimeBodyPart big = new MimeBodyPart();
        byte[] bytes = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(bytes);
        big.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "image/jpeg")));
        big.setFileName("sports-day.jpg");
        m.setContent(new MimeMultipart(text, big));
        return m;
    }

    /** Submits as a mail client would; a refusal throws SMTPSendFailedException. */
    static void send(int port, MimeMessage m) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.timeout", "60000");
        Session session = Session.getInstance(p);
        try (Transport t = session.getTransport("smtp")) {
            t.connect();
            t.sendMessage(m, m.getAllRecipients());
        }
    }

    /** Every text part of a message, decoded, in order, with line endings as LF. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                sb.append(text(child));
            }
            return sb.toString();
        }
        if (part.isMimeType("text/*")) {
            return "[" + part.getContentType().replaceAll(";.*", "").strip().toLowerCase(java.util.Locale.ROOT) + "]\n"
                    + part.getContent().toString().replace("\r\n", "\n") + "\n";
        }
        return "[" + part.getContentType().replaceAll(";.*", "").strip() + "]\n";
    }
}
