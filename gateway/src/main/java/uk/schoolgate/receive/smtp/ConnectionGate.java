package uk.schoolgate.receive.smtp;

import java.net.InetAddress;
import java.net.SocketException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.subethamail.smtp.server.Session;
import org.subethamail.smtp.server.SessionHandler;
import uk.schoolgate.server.Network;
import uk.schoolgate.server.SmtpSettings;

/**
 * Lets a connection in or turns it away before the greeting (too many from one address, or the
 * door is closing), and keeps each accepted connection's {@link ClientSession} for the commands.
 * SubEthaSMTP calls {@link #onSessionEnd} only for sessions this gate accepted.
 */
final class ConnectionGate implements SessionHandler {
    private final SmtpSettings settings;
    private final Drain drain;
    private final Map<InetAddress, Integer> perClient = new HashMap<>();
    private final Map<Session, ClientSession> sessions = new ConcurrentHashMap<>();

    ConnectionGate(SmtpSettings settings, Drain drain) {
        this.settings = settings;
        this.drain = drain;
    }

    @Override
    public SessionAcceptance accept(Session session) {
        if (drain.isDraining()) {
            return SessionAcceptance.failure(421, "4.3.2 The gateway is restarting; try again in a minute");
        }
        // The address the connection really comes from (SubEthaSMTP's PROXY support is not enabled).
        InetAddress address = session.getRemoteAddress().getAddress();
        synchronized (perClient) {
            int count = perClient.getOrDefault(address, 0);
            if (count >= settings.maxConnectionsPerClient()) {
                return SessionAcceptance.failure(421, "4.7.0 Too many connections from your address");
            }
            perClient.put(address, count + 1);
        }
        ClientSession client = ClientSession.startingNow(address, isTrusted(address, settings.trustedNetworks()),
                settings.sessionTimeout());
        sessions.put(session, client);
        try {
            session.getSocket().setSoTimeout(client.readTimeoutMillis(settings.idleTimeout()));
        } catch (SocketException e) {
            // The connection is already gone; the session ends on its first read.
        }
        return SessionAcceptance.success();
    }

    @Override
    public void onSessionEnd(Session session) {
        ClientSession client = sessions.remove(session);
        if (client == null) {
            return;
        }
        synchronized (perClient) {
            perClient.computeIfPresent(client.address(), (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** @throws IllegalStateException for a session this gate never accepted (a bug, not a client error) */
    ClientSession client(Session session) {
        ClientSession client = sessions.get(session);
        if (client == null) {
            throw new IllegalStateException("no client state for this session");
        }
        return client;
    }

    static boolean isTrusted(InetAddress address, List<Network> trusted) {
        return trusted.stream().anyMatch(n -> n.contains(address));
    }
}
