package uk.schoolgate.act.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import uk.schoolgate.server.UpstreamSettings;

/**
 * A few connected, logged-in SMTP transports to the upstream, reused across messages: opening a
 * connection costs a TCP and TLS handshake, EHLO and AUTH, several round trips that would
 * otherwise come before every message while the staff member's client waits.
 *
 * <p>At most {@code connections} transports exist at once (a permit each), so the gateway never
 * opens more sessions than the upstream allows. Idle transports are kept most-recent-first: the
 * busiest stay warm and the rest age out. One idle for longer than {@link #VALIDATE_AFTER_NANOS}
 * is checked with NOOP before use, and one idle for longer than {@link #MAX_IDLE_NANOS} is closed
 * (upstreams drop idle sessions after a minute or a few). A transport goes back to the pool only
 * after a message was accepted or cleanly refused; after any other failure it is closed, so a
 * broken session is never handed out twice.
 */
final class SmtpConnectionPool implements AutoCloseable {
    static final long VALIDATE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);
    static final long MAX_IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** A transport lent to one sender; {@code reused} when it carried an earlier message. */
    record Lease(SMTPTransport transport, boolean reused) {
    }

    private record Idle(SMTPTransport transport, long since) {
    }

    /** No connection became free in time: every one is busy with other messages. */
    static final class BusyException extends Exception {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super("all upstream connections are busy", null, false, false);
        }
    }

    private final Session session;
    private final UpstreamSettings settings;
    private final Semaphore permits;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    SmtpConnectionPool(Session session, UpstreamSettings settings) {
        this.session = session;
        this.settings = settings;
        this.permits = new Semaphore(settings.connections(), true);
    }

    Session session() {
        return session;
    }

    Lease borrow() throws MessagingException, BusyException, InterruptedException {
        if (!permits.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
            throw new BusyException();
        }
        try {
            Idle candidate;
            while ((candidate = takeIdle()) != null) {
                long idleFor = System.nanoTime() - candidate.since();
                if (idleFor > MAX_IDLE_NANOS || idleFor > VALIDATE_AFTER_NANOS && !candidate.transport().isConnected()) {
                    quietlyClose(candidate.transport());
                    continue;
                }
                return new Lease(candidate.transport(), true);
            }
            return new Lease(connect(), false);
        } catch (MessagingException | RuntimeException | Error e) {
            permits.release();
            throw e;
        }
    }

    /** Returns a transport whose last transaction ended cleanly; it stays connected for the next. */
    void release(Lease lease) {
        boolean keep;
        synchronized (this) {
            keep = !closed;
            if (keep) {
                idle.addFirst(new Idle(lease.transport(), System.nanoTime()));
            }
        }
        if (!keep) {
            quietlyClose(lease.transport());
        }
        permits.release();
        closeExpired();
    }

    /** Gives up a transport after a failure: its session state is unknown. */
    void discard(Lease lease) {
        quietlyClose(lease.transport());
        permits.release();
    }

    synchronized int idleCount() {
        return idle.size();
    }

    @Override
    public void close() {
        Deque<Idle> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(i -> quietlyClose(i.transport()));
    }

    private synchronized Idle takeIdle() {
        return idle.pollFirst();
    }

    private void closeExpired() {
        Deque<Idle> expired = new ArrayDeque<>();
        long now = System.nanoTime();
        synchronized (this) {
            while (!idle.isEmpty() && now - idle.peekLast().since() > MAX_IDLE_NANOS) {
                expired.add(idle.pollLast());
            }
        }
        expired.forEach(i -> quietlyClose(i.transport()));
    }

    private SMTPTransport connect() throws MessagingException {
        SMTPTransport transport = (SMTPTransport) session.getTransport("smtp");
        transport.connect(settings.host(), settings.port(), settings.username().orElse(null),
                settings.password().orElse(null));
        boolean mustBeEncrypted = settings.tls() == UpstreamSettings.Tls.STARTTLS_REQUIRED
                || settings.tls() == UpstreamSettings.Tls.IMPLICIT;
        if (mustBeEncrypted && !transport.isSSL()) {
            // Jakarta Mail enforces this itself; checked again because sending in clear is the
            // one mistake here that cannot be taken back.
            quietlyClose(transport);
            throw new SmtpOutcome.TlsMissingException();
        }
        if (settings.username().isPresent() && !transport.supportsExtension("AUTH")
                && !transport.supportsExtension("AUTH=LOGIN")) {
            // Jakarta Mail would carry on without logging in; the upstream would then refuse to
            // relay with a 5xx and teachers' mail would bounce over a configuration problem.
            quietlyClose(transport);
            throw new SmtpOutcome.LoginUnavailableException();
        }
        return transport;
    }

    private static void quietlyClose(SMTPTransport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // Closing a session that is already broken: nothing more to do.
        }
    }
}
