package uk.schoolgate.act.deliver;

import jakarta.mail.Session;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import uk.schoolgate.server.UpstreamSettings;

/** The Jakarta Mail session for the upstream: TLS policy, timeouts and the all-or-nothing send. */
final class SmtpSessionFactory {
    private SmtpSessionFactory() {
    }

    /**
     * @param heloName        the name the gateway gives in EHLO; null for Jakarta Mail's default (this host's name)
     * @param writeTimeouts   one shared timer for write timeouts (Jakarta Mail starts a thread per connection otherwise)
     * @param overrides       extra properties (tests: a trust store for a self-signed upstream)
     */
    static Session create(UpstreamSettings settings, String heloName, ScheduledExecutorService writeTimeouts,
                          Properties overrides) {
        Properties p = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.put("mail.smtp.executor.writetimeout", writeTimeouts);
        // All recipients in one transaction: a partial acceptance would make the client's retry
        // duplicate the mail for the recipients that were accepted.
        p.setProperty("mail.smtp.sendpartial", "false");
        // Never rewrite transfer encodings: the message leaves as the gateway stamped it.
        p.setProperty("mail.smtp.allow8bitmime", "false");
        p.setProperty("mail.smtp.quitwait", "false");
        p.setProperty("mail.smtp.noop.strict", "true");
        if (heloName != null && !heloName.isBlank()) {
            p.setProperty("mail.smtp.localhost", heloName);
        }
        switch (settings.tls()) {
            case STARTTLS_REQUIRED -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            case STARTTLS_OPTIONAL -> p.setProperty("mail.smtp.starttls.enable", "true");
            case IMPLICIT -> p.setProperty("mail.smtp.ssl.enable", "true");
            case NONE -> p.setProperty("mail.smtp.starttls.enable", "false");
            default -> throw new IllegalArgumentException("unknown TLS mode " + settings.tls());
        }
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        p.putAll(overrides);
        return Session.getInstance(p);
    }
}
