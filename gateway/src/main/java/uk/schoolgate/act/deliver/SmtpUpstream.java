package uk.schoolgate.act.deliver;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.server.UpstreamSettings;

/**
 * Relays to the school's upstream server (Microsoft 365, Google Workspace, a council relay) with
 * the Jakarta Mail SMTP client, over a small pool of reused connections (see
 * {@link SmtpConnectionPool}), with the TLS policy, login and timeouts of {@link UpstreamSettings}.
 *
 * <p>The message bytes go out exactly as given (see {@link RawMimeMessage}); all recipients are
 * in one transaction, accepted together or not at all. When a reused connection turns out to
 * have been dropped by the upstream before any of the message was sent, the delivery is tried
 * once more on a fresh connection, which cannot duplicate it.
 */
public final class SmtpUpstream implements Upstream {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpUpstream.class);

    private final ScheduledExecutorService writeTimeouts;
    private final SmtpConnectionPool pool;

    public SmtpUpstream(UpstreamSettings settings) {
        this(settings, null);
    }

    /** @param heloName the gateway's host name for EHLO (the SMTP listener's {@code hostname}) */
    public SmtpUpstream(UpstreamSettings settings, String heloName) {
        this(settings, heloName, new Properties());
    }

    SmtpUpstream(UpstreamSettings settings, String heloName, Properties overrides) {
        this.writeTimeouts = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "upstream-write-timeouts");
            t.setDaemon(true);
            return t;
        });
        this.pool = new SmtpConnectionPool(SmtpSessionFactory.create(settings, heloName, writeTimeouts, overrides),
                settings);
    }

    @Override
    public DeliveryResult deliver(String sender, List<String> recipients, byte[] message) {
        Optional<DeliveryResult> refused = EnvelopeCheck.refusal(sender, recipients);
        if (refused.isPresent()) {
            return refused.get();
        }
        Address[] addresses = addresses(recipients);
        for (int attempt = 1; ; attempt++) {
            SmtpConnectionPool.Lease lease;
            try {
                lease = pool.borrow();
            } catch (SmtpConnectionPool.BusyException e) {
                return DeliveryResult.temporaryFailure(451, "4.4.5", "Every connection to the upstream server is busy");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DeliveryResult.temporaryFailure(451, "4.3.0", "The gateway is shutting down");
            } catch (MessagingException | RuntimeException e) {
                DeliveryResult result = SmtpOutcome.of(e);
                LOG.warn("upstream: cannot connect: {} {} ({})", result.code(), result.enhancedStatus(),
                        e.getClass().getSimpleName());
                return result;
            }
            RawMimeMessage raw = new RawMimeMessage(pool.session(), message, sender,
                    mailExtension(lease, message));
            try {
                lease.transport().sendMessage(raw, addresses);
                String reply = lease.transport().getLastServerResponse();
                pool.release(lease);
                return SmtpOutcome.accepted(reply);
            } catch (MessagingException | IllegalStateException e) {
                if (SmtpOutcome.leavesSessionUsable(e)) {
                    pool.release(lease);
                } else {
                    pool.discard(lease);
                }
                if (attempt == 1 && lease.reused() && !raw.contentStarted() && SmtpOutcome.isConnectionLoss(e)) {
                    continue;
                }
                return SmtpOutcome.of(e);
            } catch (RuntimeException | Error e) {
                pool.discard(lease);
                throw e;
            }
        }
    }

    @Override
    public boolean reachable() {
        try {
            SmtpConnectionPool.Lease lease = pool.borrow();
            pool.release(lease);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (MessagingException | SmtpConnectionPool.BusyException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
        writeTimeouts.shutdownNow();
    }

    /**
     * MAIL FROM parameters: BODY=8BITMIME when the message has 8-bit bytes and the upstream
     * supports it (RFC 6152), and SIZE so that an upstream can refuse an oversize message before
     * the data is sent (RFC 1870).
     */
    private static String mailExtension(SmtpConnectionPool.Lease lease, byte[] message) {
        StringBuilder ext = new StringBuilder();
        if (lease.transport().supportsExtension("8BITMIME") && has8Bit(message)) {
            ext.append("BODY=8BITMIME");
        }
        if (lease.transport().supportsExtension("SIZE")) {
            ext.append(ext.length() > 0 ? " " : "").append("SIZE=").append(message.length);
        }
        return ext.toString();
    }

    private static boolean has8Bit(byte[] message) {
        for (byte b : message) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Address[] addresses(List<String> recipients) {
        Address[] out = new Address[recipients.size()];
        for (int i = 0; i < out.length; i++) {
            // Not parsed: the envelope address goes to RCPT TO as the client gave it.
            InternetAddress a = new InternetAddress();
            a.setAddress(recipients.get(i));
            out[i] = a;
        }
        return out;
    }
}
