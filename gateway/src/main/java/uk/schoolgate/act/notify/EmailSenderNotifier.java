package uk.schoolgate.act.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.act.deliver.DeliveryResult;
import uk.schoolgate.act.deliver.HeaderText;
import uk.schoolgate.act.deliver.Upstream;
import uk.schoolgate.act.quarantine.HeldMessage;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.server.NotificationSettings;

/**
 * Emails the sender of a held message, in plain English, from {@code notifications.from}
 * (postmaster@ the school's first domain by default), through the same {@link Upstream} as
 * delivered mail (the outbox when none is configured). The words are {@link HeldNotice}'s.
 *
 * <p>Loops and auto-reply storms are avoided: the null sender and the gateway's own address are
 * never notified, and the notice carries {@code Auto-Submitted: auto-generated} (RFC 3834) and
 * {@code X-Auto-Response-Suppress: All} (so Exchange and Outlook send no out-of-office to it).
 * Its envelope sender is the notification address itself, which upstream servers that check the
 * sender accept and which no notice is ever sent to.
 *
 * <p>A notice that cannot be built or delivered is logged (reference and reply code only) and
 * never thrown: the message is already safely held, and every caller (the relay now, the review
 * console later) would otherwise need the same guard.
 */
public final class EmailSenderNotifier implements SenderNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(EmailSenderNotifier.class);

    private final NotificationSettings settings;
    private final Upstream upstream;
    private final String schoolName;
    private final String officeContact;
    private final Session session;

    public EmailSenderNotifier(NotificationSettings settings, Upstream upstream, String schoolName) {
        this(settings, upstream, schoolName, "");
    }

    /** @param officeContact how to reach the office, e.g. "the school office on 01234 567890" */
    public EmailSenderNotifier(NotificationSettings settings, Upstream upstream, String schoolName,
                               String officeContact) {
        this.settings = settings;
        this.upstream = upstream;
        this.schoolName = HeaderText.clean(schoolName == null ? "" : schoolName).strip();
        this.officeContact = HeaderText.clean(officeContact == null ? "" : officeContact).strip();
        Properties p = new Properties();
        // Message-IDs of notices are made in the notification address's domain.
        p.setProperty("mail.from", settings.from());
        this.session = Session.getInstance(p);
    }

    @Override
    public void held(Envelope envelope, String subject, Verdict verdict, HeldMessage held) {
        if (!settings.enabled() || !shouldNotify(envelope.sender())) {
            return;
        }
        try {
            byte[] notice = compose(envelope, subject, verdict, held);
            DeliveryResult result = upstream.deliver(settings.from(), List.of(envelope.sender()), notice);
            if (!result.isAccepted()) {
                LOG.warn("notice for held message {} not delivered: {} {}", held.id(), result.code(),
                        result.enhancedStatus());
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.warn("notice for held message {} could not be sent ({})", held.id(), e.getClass().getSimpleName());
        }
    }

    /** Never the null sender, and never the gateway's own address (a notice about a notice). */
    boolean shouldNotify(String sender) {
        if (sender == null || sender.isBlank() || sender.equals("<>")) {
            return false;
        }
        return !sender.strip().toLowerCase(Locale.ROOT).equals(settings.from().strip().toLowerCase(Locale.ROOT));
    }

    byte[] compose(Envelope envelope, String subject, Verdict verdict, HeldMessage held)
            throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(from());
        m.setRecipient(Message.RecipientType.TO, to(envelope.sender()));
        m.setSubject(HeldNotice.subject(subject), "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setHeader("X-Auto-Response-Suppress", "All");
        m.setText(HeldNotice.body(schoolName, officeContact, subject, verdict, envelope.recipients().size(),
                held.id()), "UTF-8");
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    private InternetAddress from() throws AddressException, UnsupportedEncodingException {
        InternetAddress address = new InternetAddress(settings.from(), true);
        String name = schoolName.isEmpty() ? "School email gateway" : schoolName + " email gateway";
        return new InternetAddress(address.getAddress(), name, "UTF-8");
    }

    private static InternetAddress to(String sender) throws AddressException {
        return new InternetAddress(HeaderText.clean(sender).strip(), true);
    }
}
