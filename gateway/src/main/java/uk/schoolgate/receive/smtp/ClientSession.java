package uk.schoolgate.receive.smtp;

import java.net.InetAddress;
import java.time.Duration;

/**
 * What the door knows about one connection beyond SubEthaSMTP's session: the client's address,
 * whether that address may send without AUTH, and when the session's total time runs out.
 */
record ClientSession(InetAddress address, boolean trusted, long deadlineNanos) {

    static ClientSession startingNow(InetAddress address, boolean trusted, Duration sessionTimeout) {
        return new ClientSession(address, trusted, System.nanoTime() + sessionTimeout.toNanos());
    }

    boolean expired() {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    /**
     * The socket read timeout for the next read: the idle timeout, shortened so that a slow
     * client cannot outlast the session's total time.
     */
    int readTimeoutMillis(Duration idleTimeout) {
        long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
        return (int) Math.max(1, Math.min(idleTimeout.toMillis(), left));
    }
}
