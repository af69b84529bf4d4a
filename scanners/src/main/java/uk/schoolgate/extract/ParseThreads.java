package uk.schoolgate.extract;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads parsers run on, and the hard timeout around them.
 *
 * <p>The cooperative brake ({@link TextCollector}, the unpacking loops) stops nearly every parse at
 * the deadline. A parser stuck in a loop that reports nothing (a malformed PDF's cross-reference
 * table, a regular expression gone exponential) cannot be stopped in Java without killing its
 * thread, which is unsafe; so the caller stops <em>waiting</em> for it: {@link #run} returns at the
 * deadline plus a short grace, the part is marked timed out, and the thread is left to finish on its
 * own (it is interrupted, a daemon, and gets its permit back only when it really ends).
 *
 * <p>Sizing: a message uses one parse thread at a time (nested documents are read on the same
 * thread), so the permits bound how many messages are parsed at once plus how many abandoned threads
 * are tolerated. The default, {@link #defaultSize()}, is four per core and at least eight: on the
 * gateway's 2-core machine that is 8, enough for the relay's concurrent sessions while two or three
 * threads are stuck on pathological files, and small enough that stuck threads cannot multiply
 * without bound. When every permit is held, a message waits for one only until its own deadline and
 * its parts are then reported as timed out: a flood of bad files degrades to timed-out verdicts, never
 * to a hang or to unbounded threads. Threads are created on demand and end after 30 s idle.
 */
final class ParseThreads implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParseThreads.class);
    /** Time after the deadline for the cooperative stop to unwind and hand back its partial text. */
    static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** Generous stacks: deeply nested documents recurse in parsers, and a StackOverflowError is worse. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    enum Outcome { FINISHED, ABANDONED, NO_THREAD, INTERRUPTED }

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int GIVEN_UP = 2;

    private final Semaphore permits;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger abandoned = new AtomicInteger();

    ParseThreads(int size) {
        this.permits = new Semaphore(Math.max(1, size));
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threadFactory());
    }

    static int defaultSize() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code task} on a parse thread and waits for it until the deadline (plus grace). */
    Outcome run(Runnable task, long deadlineNanos) {
        try {
            if (!permits.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return Outcome.NO_THREAD;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.INTERRUPTED;
        }
        AtomicInteger state = new AtomicInteger(RUNNING);
        Future<?> future;
        try {
            future = pool.submit(() -> {
                try {
                    task.run();
                } finally {
                    permits.release();
                    if (!state.compareAndSet(RUNNING, DONE)) {
                        int still = abandoned.decrementAndGet();
                        LOG.info("an abandoned extraction thread has finished; {} still running", still);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            permits.release();
            return Outcome.NO_THREAD;
        }
        try {
            future.get(Math.max(0, deadlineNanos - System.nanoTime()) + GRACE_NANOS, TimeUnit.NANOSECONDS);
            return Outcome.FINISHED;
        } catch (ExecutionException | CancellationException e) {
            return Outcome.FINISHED; // the task catches everything itself; nothing is lost here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return giveUp(state, future) ? Outcome.INTERRUPTED : Outcome.FINISHED;
        } catch (TimeoutException e) {
            return giveUp(state, future) ? Outcome.ABANDONED : Outcome.FINISHED;
        }
    }

    private boolean giveUp(AtomicInteger state, Future<?> future) {
        if (!state.compareAndSet(RUNNING, GIVEN_UP)) {
            return false; // it finished just now
        }
        int count = abandoned.incrementAndGet();
        future.cancel(true);
        LOG.warn("an extraction thread did not stop at the message's deadline and was abandoned; {} abandoned "
                + "thread(s) still running", count);
        return true;
    }

    /** Threads that were given up on and have not finished yet. */
    int abandoned() {
        return abandoned.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(null, runnable, "extract-" + number.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
