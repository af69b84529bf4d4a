package uk.schoolgate.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import uk.schoolgate.config.ExtractionLimits;

/**
 * What one message may still spend on extraction: time, characters of text, unpacked bytes; and the
 * notes about limits that were hit. Shared between the thread that called
 * {@link AttachmentExtractor#extract} and the parse thread reading on its behalf, so every field is
 * safe to use from both; a parse thread that was given up on sees {@link #timeUp()} and stops.
 */
final class MessageBudget {
    private final ExtractionLimits limits;
    private final long deadline;
    private final AtomicLong charsLeft;
    private final AtomicLong bytesLeft;
    private final Set<String> notes = new LinkedHashSet<>();
    private final AtomicBoolean charLimitNoted = new AtomicBoolean();
    private final AtomicBoolean byteLimitNoted = new AtomicBoolean();
    private final AtomicBoolean timeNoted = new AtomicBoolean();
    private volatile boolean finished;

    MessageBudget(ExtractionLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + Math.max(0, limits.timeBudget().toNanos());
        this.charsLeft = new AtomicLong(Math.max(0, limits.maxTotalChars()));
        this.bytesLeft = new AtomicLong(Math.max(0, limits.maxExpandedBytes()));
    }

    ExtractionLimits limits() {
        return limits;
    }

    long deadline() {
        return deadline;
    }

    /** The time budget is spent, or the message's extraction has already returned. */
    boolean timeUp() {
        return finished || System.nanoTime() - deadline >= 0;
    }

    /** Grants up to {@code wanted} characters of text; fewer (down to 0) when the message's limit is near. */
    int takeChars(int wanted) {
        return (int) take(charsLeft, wanted);
    }

    /** Grants up to {@code wanted} unpacked bytes; fewer (down to 0) when the message's limit is near. */
    long takeBytes(long wanted) {
        return take(bytesLeft, wanted);
    }

    long bytesLeft() {
        return bytesLeft.get();
    }

    private static long take(AtomicLong left, long wanted) {
        while (true) {
            long now = left.get();
            long granted = Math.min(now, Math.max(0, wanted));
            if (granted == 0 || left.compareAndSet(now, now - granted)) {
                return granted;
            }
        }
    }

    void noteCharLimit(String path) {
        if (charLimitNoted.compareAndSet(false, true)) {
            note("text limit of " + limits.maxTotalChars() + " characters reached in " + path
                    + "; later text was not kept");
        }
    }

    void noteByteLimit(String path) {
        if (byteLimitNoted.compareAndSet(false, true)) {
            note("unpacked-size limit of " + Sizes.describe(limits.maxExpandedBytes()) + " reached in " + path
                    + "; the rest was not unpacked");
        }
    }

    void noteTimeUp(String path) {
        if (timeNoted.compareAndSet(false, true)) {
            note("time budget of " + Sizes.describe(limits.timeBudget()) + " used up while reading " + path
                    + "; what was not read by then is marked as timed out");
        }
    }

    void note(String note) {
        synchronized (notes) {
            notes.add(note);
        }
    }

    List<String> notes() {
        synchronized (notes) {
            return new ArrayList<>(notes);
        }
    }

    /** Extraction of this message is over: any parse thread still working for it stops at its next check. */
    void finish() {
        finished = true;
    }

    Unreadable timedOut() {
        return new Unreadable(Unreadable.Reason.TIMED_OUT,
                "reading stopped when the message's time budget of " + Sizes.describe(limits.timeBudget())
                        + " ran out");
    }
}
