package uk.schoolgate.receive.smtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.internal.server.CommandHandler;
import org.subethamail.smtp.server.SMTPServer;
import uk.schoolgate.auth.FailedLoginLimiter;
import uk.schoolgate.auth.StaffAuthenticator;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.config.Directory;
import uk.schoolgate.receive.MessageIntake;
import uk.schoolgate.server.SmtpSettings;

/**
 * The SMTP door staff mail clients submit to, built on SubEthaSMTP. SubEthaSMTP runs the
 * connections, the command loop, STARTTLS and the AUTH exchange; the door replaces the commands
 * that decide what gets in (EHLO, MAIL, RCPT, DATA, and conditions on AUTH and STARTTLS) so that:
 * <ul>
 * <li>it is not an open relay: trusted networks send freely, everyone else signs in first, and
 *     only after STARTTLS;</li>
 * <li>a signed-in member of staff sends only as themselves (envelope and From: header);</li>
 * <li>DATA is read strictly: bare CR/LF (SMTP smuggling), over-long lines, too many header
 *     lines and oversize messages are refused, never handed on;</li>
 * <li>the client hears 250 only after the {@link MessageIntake} took the message.</li>
 * </ul>
 * {@link #close()} drains: it stops listening, lets transactions in flight finish (bounded), then
 * closes every connection.
 *
 * <p>It relies on SubEthaSMTP 7.2.2's command table ({@code SMTPServer.getCommandHandler()} and
 * the {@code internal.server.Command} interface): check the door's tests when upgrading it.
 */
public final class SmtpDoor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmtpDoor.class);
    /** How long close() waits for transactions in flight: longer than an upstream relay's usual reply. */
    public static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final SmtpSettings settings;
    private final Drain drain = new Drain();
    private final SMTPServer server;
    private volatile ListeningSocket listener;
    private boolean started;
    private boolean closed;

    public SmtpDoor(SmtpSettings settings, MessageIntake intake, StaffAuthenticator auth, Directory directory) {
        this(settings, intake, auth, directory, FailedLoginLimiter.standard());
    }

    /**
     * @throws ConfigException when the bind address or the TLS certificate and key cannot be used
     */
    public SmtpDoor(SmtpSettings settings, MessageIntake intake, StaffAuthenticator auth, Directory directory,
                    FailedLoginLimiter limiter) {
        this.settings = settings;
        ConnectionGate gate = new ConnectionGate(settings, drain);
        SMTPServer.Builder builder = SMTPServer.port(settings.port())
                .bindAddress(bindAddress(settings.bindAddress()))
                .hostName(settings.hostname())
                .softwareName("schoolgate")
                .maxConnections(settings.maxConnections())
                .connectionTimeoutMs((int) Math.min(Integer.MAX_VALUE, settings.idleTimeout().toMillis()))
                .maxRecipients(settings.maxRecipients())
                .insertReceivedHeaders(false)
                .sessionHandler(gate)
                .messageHandlerFactory(context -> new Transaction(drain))
                .authenticationHandlerFactory(new StaffLogin(auth, directory, limiter))
                .serverSocketFactory(() -> {
                    ListeningSocket socket = new ListeningSocket();
                    listener = socket;
                    return socket;
                })
                .serverThreadName("smtp-door-accept");
        if (settings.tlsConfigured()) {
            SSLContext tls = TlsContext.fromPem(settings.tlsCertificate().get(), settings.tlsKey().get());
            builder.enableTLS(true).startTlsSocketFactory(TlsContext.socketCreator(tls));
        } else {
            log.info("no TLS certificate configured (smtp.tls_certificate, smtp.tls_key): STARTTLS and AUTH are off, "
                    + "so only clients on the trusted networks can send");
        }
        this.server = builder.build();
        install(server.getCommandHandler(), gate, intake, limiter);
    }

    private void install(CommandHandler commands, ConnectionGate gate, MessageIntake intake, FailedLoginLimiter limiter) {
        commands.addCommand(new Ehlo(settings));
        commands.addCommand(new MailFrom(gate, settings.maxMessageBytes()));
        commands.addCommand(new RcptTo(gate, settings.maxRecipients()));
        commands.addCommand(new Data(settings, gate, intake));
        commands.addCommand(new AuthGuard(commands.getCommand("AUTH"), limiter));
        commands.addCommand(new StartTlsGuard(commands.getCommand("STARTTLS"), settings.tlsConfigured()));
        for (FixedReply command : FixedReply.all()) {
            commands.addCommand(command);
        }
        for (String verb : new ArrayList<>(commands.getVerbs())) {
            commands.addCommand(new TimedCommand(commands.getCommand(verb), gate, settings.idleTimeout()));
        }
    }

    private static InetAddress bindAddress(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ConfigException("gateway.yaml smtp.listen: unknown address '" + host + "'");
        }
    }

    /** @throws ConfigException when the address cannot be listened on (in use, not this machine's) */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the SMTP door was already started");
        }
        started = true;
        try {
            server.start();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ConfigException("gateway.yaml smtp.listen: cannot listen on " + settings.bindAddress() + ":"
                    + settings.port() + " (" + cause.getMessage() + ")", e);
        }
        log.info("SMTP door listening on {}:{}", settings.bindAddress(), port());
    }

    /** The port the door listens on (the one the system chose when the settings say 0). */
    public int port() {
        return server.getPortAllocated();
    }

    /** Drains with {@link #DRAIN_TIMEOUT}: see {@link #close(Duration)}. */
    @Override
    public void close() {
        close(DRAIN_TIMEOUT);
    }

    /**
     * Stops listening at once (new clients get "connection refused"; a client that connected a
     * moment before gets 421 4.3.2), lets every transaction in flight finish for up to
     * {@code drainTimeout} — a message in the intake gets its reply — then closes all connections.
     * A session that is only connected, not in a transaction, is simply closed; a client in a
     * transaction that sends a new MAIL FROM meanwhile gets 421 4.3.2.
     *
     * @return true when every transaction finished within the time
     */
    public synchronized boolean close(Duration drainTimeout) {
        if (closed) {
            return true;
        }
        closed = true;
        if (!started) {
            return true;
        }
        drain.start();
        ListeningSocket socket = listener;
        if (socket != null) {
            try {
                socket.stopAccepting();
            } catch (IOException e) {
                log.warn("could not close the SMTP listening socket: {}", e.getMessage());
            }
        }
        boolean finished;
        try {
            finished = drain.awaitIdle(drainTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            log.warn("{} mail transaction(s) still open after {} s; closing their connections (the clients will retry)",
                    drain.inFlight(), drainTimeout.toSeconds());
        }
        // The sessions still open after a drain that ran out are being closed; waiting for their
        // threads as long again as the drain itself (within 1 to 10 s) is enough.
        stopServer(Duration.ofMillis(Math.max(1000, Math.min(STOP_TIMEOUT.toMillis(), drainTimeout.toMillis()))));
        log.info("SMTP door closed");
        return finished;
    }

    /**
     * SubEthaSMTP's stop() waits without limit for session threads; one stuck in a slow intake
     * must not keep the gateway from exiting, so the wait here is bounded.
     */
    private void stopServer(Duration max) {
        Thread stopper = new Thread(server::stop, "smtp-door-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(max.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.warn("some SMTP sessions are still busy; not waiting for them");
        }
    }
}
