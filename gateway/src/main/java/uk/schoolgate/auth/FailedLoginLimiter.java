package uk.schoolgate.auth;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing: after {@code maxFailures} failed logins from one client address within
 * {@code window}, that address may not try again for {@code blockFor}. A success does not clear
 * the count, so someone with one valid account cannot use it to keep guessing at others.
 *
 * <p>Memory is bounded: at most {@code MAX_TRACKED} addresses are remembered, the least recently
 * seen forgotten first, so a flood of addresses (IPv6 makes them cheap) cannot exhaust the heap.
 */
public final class FailedLoginLimiter {
    private static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration blockFor;
    private final Clock clock;
    private final Map<InetAddress, Record> records = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<InetAddress, Record> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    private static final class Record {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil = Instant.MIN;
    }

    public FailedLoginLimiter(int maxFailures, Duration window, Duration blockFor, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.blockFor = blockFor;
        this.clock = clock;
    }

    /** The gateway's default: 5 failures in 10 minutes block the address for 15 minutes. */
    public static FailedLoginLimiter standard() {
        return new FailedLoginLimiter(5, Duration.ofMinutes(10), Duration.ofMinutes(15), Clock.systemUTC());
    }

    public synchronized boolean isBlocked(InetAddress client) {
        Record r = records.get(client);
        return r != null && clock.instant().isBefore(r.blockedUntil);
    }

    public synchronized void recordFailure(InetAddress client) {
        Instant now = clock.instant();
        Record r = records.computeIfAbsent(client, a -> new Record());
        r.failures.addLast(now);
        Instant horizon = now.minus(window);
        while (!r.failures.isEmpty() && r.failures.peekFirst().isBefore(horizon)) {
            r.failures.removeFirst();
        }
        if (r.failures.size() >= maxFailures) {
            r.blockedUntil = now.plus(blockFor);
            r.failures.clear();
        }
    }
}
