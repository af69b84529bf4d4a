package uk.schoolgate.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedLoginLimiterTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final HandClock clock = new HandClock();
    private final FailedLoginLimiter limiter = new FailedLoginLimiter(5, Duration.ofMinutes(10), Duration.ofMinutes(15), clock);

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void blocksAnAddressAfterFiveFailuresWithinTheWindowForTheBlockTime() throws Exception {
        InetAddress a = ip("192.0.2.1");
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure(a);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(limiter.isBlocked(a)).isFalse();
        limiter.recordFailure(a);
        assertThat(limiter.isBlocked(a)).isTrue();
        assertThat(limiter.isBlocked(ip("192.0.2.2"))).isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(limiter.isBlocked(a)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.isBlocked(a)).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() throws Exception {
        InetAddress a = ip("192.0.2.1");
        for (int i = 0; i < 10; i++) {
            limiter.recordFailure(a);
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(limiter.isBlocked(a)).isFalse();
    }

    @Test
    void rememberingManyAddressesStaysBounded() throws Exception {
        for (int i = 0; i < 20_000; i++) {
            limiter.recordFailure(InetAddress.getByAddress(new byte[] {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i}));
        }
        InetAddress a = ip("192.0.2.9");
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure(a);
        }
        assertThat(limiter.isBlocked(a)).isTrue();
    }
}
