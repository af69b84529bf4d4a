package uk.schoolgate.parse;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * The one Jakarta Mail session the parser uses, set to be forgiving: staff mail clients, copiers
 * and old MIS exports send every kind of almost-MIME, and a scan must still reach a verdict.
 */
public final class MailSession {
    private static final Session SESSION = Session.getInstance(properties());

    private MailSession() {
    }

    public static Session get() {
        return SESSION;
    }

    private static Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.decodefilename", "true");
        p.setProperty("mail.mime.decodeparameters", "true");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        p.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.ignoreunknownencoding", "true");
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }
}
