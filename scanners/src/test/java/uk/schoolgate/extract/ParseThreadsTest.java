package uk.schoolgate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ParseThreadsTest {

    private static long in(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** A parser stuck in a loop that reports nothing and ignores interrupts, until released. */
    private static Runnable stuckUntil(AtomicBoolean release, CountDownLatch started) {
        return () -> {
            started.countDown();
            long spins = 0;
            while (!release.get()) {
                spins++;
                Thread.onSpinWait();
                Thread.interrupted(); // swallow the interrupt, as some parsers do
            }
            assertThat(spins).isPositive();
        };
    }

    @Test
    void aTaskThatFinishesIsWaitedFor() {
        try (ParseThreads threads = new ParseThreads(2)) {
            AtomicBoolean ran = new AtomicBoolean();
            assertThat(threads.run(() -> ran.set(true), in(2000))).isEqualTo(ParseThreads.Outcome.FINISHED);
            assertThat(ran).isTrue();
            assertThat(threads.abandoned()).isZero();
        }
    }

    @Test
    void aStuckTaskIsAbandonedAtTheDeadlineAndDoesNotBlockTheNextMessage() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        try (ParseThreads threads = new ParseThreads(2)) {
            CountDownLatch started = new CountDownLatch(1);
            long t0 = System.nanoTime();
            ParseThreads.Outcome outcome = threads.run(stuckUntil(release, started), in(200));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

            assertThat(outcome).isEqualTo(ParseThreads.Outcome.ABANDONED);
            assertThat(waited).isBetween(200L, 200 + TimeUnit.NANOSECONDS.toMillis(ParseThreads.GRACE_NANOS) + 500);
            assertThat(threads.abandoned()).isEqualTo(1);

            AtomicBoolean ran = new AtomicBoolean();
            assertThat(threads.run(() -> ran.set(true), in(2000))).isEqualTo(ParseThreads.Outcome.FINISHED);
            assertThat(ran).isTrue();
        } finally {
            release.set(true);
        }
    }

    @Test
    void whenEveryThreadIsStuckAMessageWaitsOnlyUntilItsOwnDeadline() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        try (ParseThreads threads = new ParseThreads(1)) {
            CountDownLatch started = new CountDownLatch(1);
            assertThat(threads.run(stuckUntil(release, started), in(100))).isEqualTo(ParseThreads.Outcome.ABANDONED);

            long t0 = System.nanoTime();
            assertThat(threads.run(() -> { }, in(150))).isEqualTo(ParseThreads.Outcome.NO_THREAD);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1000);

            release.set(true);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (threads.abandoned() > 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(threads.abandoned()).as("the thread ended and gave its permit back").isZero();
            assertThat(threads.run(() -> { }, in(2000))).isEqualTo(ParseThreads.Outcome.FINISHED);
        } finally {
            release.set(true);
        }
    }
}
