package uk.schoolgate.parse;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * The one Jakarta Mail session the parser uses, set to be forgiving: staff mail clients, copiers
 * and old MIS exports send every kind of almost-MIME, and a scan must still reach a verdict.
 */
public final class MailSession {
    private static final Session SESSION = Session.getInstance(properties());

    static {
        // Jakarta Mail reads these MIME settings only from system properties, not from the
        // session: without them "multipart/alternative;; boundary=..." and RFC 2231 file names
        // in sloppy headers fail to parse. An administrator's own -D settings win.
        for (String key : new String[] {"mail.mime.parameters.strict", "mail.mime.decodetext.strict",
            "mail.mime.ignoreunknownencoding", "mail.mime.decodeparameters", "mail.mime.decodefilename",
            "mail.mime.base64.ignoreerrors", "mail.mime.uudecode.ignoreerrors",
            "mail.mime.uudecode.ignoremissingbeginend", "mail.mime.multipart.ignoremissingendboundary",
            "mail.mime.multipart.ignoremissingboundaryparameter", "mail.mime.multipart.allowempty"}) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, SESSION.getProperty(key));
            }
        }
    }

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
