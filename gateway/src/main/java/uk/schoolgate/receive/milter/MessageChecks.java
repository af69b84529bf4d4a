package uk.schoolgate.receive.milter;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.nightcode.milter.MilterContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.act.Disposition;
import uk.schoolgate.act.Handled;
import uk.schoolgate.act.MessageLog;
import uk.schoolgate.receive.Reply;
import uk.schoolgate.server.MilterSettings;

/**
 * Checks each complete message with the gateway's {@link uk.schoolgate.act.MessageHandler}, exactly as the relay
 * does, and answers the MTA. The check runs on a worker thread, never on the connection's event
 * loop (which serves other connections too); meanwhile the MTA gets a progress packet every
 * {@link MilterSettings#progressInterval()}, and if there is no verdict within
 * {@link MilterSettings#timeout()} it is told to try again later. Any failure is a tempfail too:
 * a message is never let through unchecked.
 */
final class MessageChecks implements AutoCloseable {
    static final String DOOR = "milter";
    private static final Logger LOG = LoggerFactory.getLogger(MessageChecks.class);
    private static final SecureRandom IDS = new SecureRandom();

    private final MessageCheck handler;
    private final MilterSettings settings;
    private final InFlight inFlight = new InFlight();
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;

    MessageChecks(MessageCheck handler, MilterSettings settings) {
        this.handler = handler;
        this.settings = settings;
        // The pipeline is CPU-bound; a few more threads than cores keep one slow extraction from
        // holding up the quick messages behind it.
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        this.workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemons("milter-check-"));
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemons("milter-timer-"));
        scheduler.setRemoveOnCancelPolicy(true);
        this.timers = scheduler;
    }

    /**
     * Starts checking one message; the answer goes to the MTA when it is ready.
     *
     * @return the answer to come, so that an aborted message can be abandoned
     */
    PendingAnswer check(MilterContext context, IncomingMessage message, boolean leadingSpace) {
        PendingAnswer pending = new PendingAnswer(context);
        if (message.tooBig()) {
            Reply reply = new Reply(552, "5.3.4", "The message is too big: the limit is "
                    + megabytes(settings.maxMessageBytes()));
            answerUnchecked(pending, message, new Disposition.Refused(reply), Answer.refusal(reply, "too_big"));
            return pending;
        }
        if (!inFlight.tryBegin()) {
            Reply reply = new Reply(451, "4.3.2", "The gateway is restarting; your message will be sent again shortly.");
            answerUnchecked(pending, message, new Disposition.TryLater(reply), Answer.refusal(reply, "closing"));
            return pending;
        }
        long interval = settings.progressInterval().toMillis();
        ScheduledFuture<?> progress = timers.scheduleAtFixedRate(pending::progress, interval, interval,
                TimeUnit.MILLISECONDS);
        ScheduledFuture<?> deadline = timers.schedule(() -> {
            if (pending.answer(Answer.tempfail("timeout").packets())) {
                LOG.warn("no verdict within {} s: the MTA was told to try again later",
                        settings.timeout().toSeconds());
            }
        }, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        Runnable job = () -> {
            try {
                run(pending, message, leadingSpace);
            } finally {
                progress.cancel(false);
                deadline.cancel(false);
                inFlight.end();
            }
        };
        try {
            workers.execute(job);
        } catch (RejectedExecutionException e) {
            progress.cancel(false);
            deadline.cancel(false);
            inFlight.end();
            pending.answer(Answer.tempfail("closing").packets());
        }
        return pending;
    }

    private void run(PendingAnswer pending, IncomingMessage message, boolean leadingSpace) {
        if (pending.isDone()) {
            return; // the MTA gave up on it while it waited for a worker
        }
        Handled handled;
        Answer answer;
        try {
            handled = handler.handle(message.envelope(), message.raw());
            answer = Answer.to(handled, message, leadingSpace);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Never the exception's message: it may quote the message or an address.
            LOG.error("a message could not be answered ({}); the MTA was told to try again later",
                    e.getClass().getSimpleName());
            pending.answer(List.of(Packets.TEMPFAIL));
            return;
        }
        boolean sent = pending.answer(answer.packets());
        // A late verdict is still logged: a message held after the MTA gave up is in the quarantine.
        MessageLog.write(DOOR, handled, sent ? answer.outcome() : "late:" + answer.outcome(), answer.reply());
    }

    /** Answers a message the pipeline did not see, with the same one log line per message. */
    private void answerUnchecked(PendingAnswer pending, IncomingMessage message, Disposition disposition,
                                 Answer answer) {
        pending.answer(answer.packets());
        long now = System.nanoTime();
        Handled handled = new Handled(newId(), message.envelope(), disposition, Optional.empty(), now, now);
        MessageLog.write(DOOR, handled, answer.outcome(), answer.reply());
    }

    /** Stops taking messages: from now on each one is deferred (the MTA keeps it and retries). */
    void drain() {
        inFlight.drain();
    }

    /** @return true when every message in progress was answered within {@code max} */
    boolean awaitIdle(Duration max) {
        try {
            return inFlight.awaitIdle(max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int inProgress() {
        return inFlight.count();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timers.shutdownNow();
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 1) {
            return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
        }
        return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
    }

    private static String newId() {
        byte[] b = new byte[6];
        IDS.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
