package uk.schoolgate.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Unpacks the entries of one container into memory under the message's limits. Sizes in archive
 * headers are never trusted: the ratio is measured on the bytes actually inflated against the
 * compressed bytes actually consumed, after every block, so a zip bomb is stopped a block after it
 * crosses the line rather than after it has filled memory.
 *
 * <p>The ratio rules apply only beyond {@link #GRACE_BYTES} (as POI's ZipSecureFile does): a small
 * file of blank lines legitimately compresses 1000:1, and cannot hurt anyone.
 */
final class Unpacking {
    static final long GRACE_BYTES = 100 * 1024;
    private static final int BLOCK = 64 * 1024;
    /** A Java array cannot hold more; an entry this large is cut here whatever the configured limit. */
    private static final long MAX_ENTRY = Integer.MAX_VALUE - 16;

    /**
     * @param bytes          what was unpacked (all of it, or up to the point a limit stopped it)
     * @param problem        why the entry is incomplete, or null
     * @param stopContainer  a limit of the container or the message was hit: read no further entries
     */
    record Result(byte[] bytes, Unreadable problem, boolean stopContainer) {
    }

    private final PartNode container;
    private final long containerSize;
    private final MessageBudget budget;
    private final double maxRatio;
    private long unpacked;

    Unpacking(PartNode container, long containerSize, MessageBudget budget) {
        this.container = container;
        this.containerSize = Math.max(1, containerSize);
        this.budget = budget;
        this.maxRatio = budget.limits().maxExpansionRatio();
    }

    /**
     * Reads one entry. Never throws for bad data: a read error ends the entry with the error as its
     * problem and keeps what was read before it.
     *
     * @param compressedSoFar compressed bytes consumed for this entry so far, or null when the
     *                        format cannot say (stored tar entries, solid 7z blocks, embedded objects)
     */
    Result copy(InputStream in, LongSupplier compressedSoFar, String entryPath, String entryType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(BLOCK);
        byte[] block = new byte[BLOCK];
        long entryBytes = 0;
        try {
            while (true) {
                if (budget.timeUp()) {
                    budget.noteTimeUp(entryPath);
                    container.unreadable(budget.timedOut());
                    return stop(out, budget.timedOut(), true);
                }
                int n = in.read(block);
                if (n < 0) {
                    return new Result(out.toByteArray(), null, false);
                }
                long granted = Math.min(budget.takeBytes(n), MAX_ENTRY - entryBytes);
                out.write(block, 0, (int) granted);
                entryBytes += granted;
                unpacked += granted;
                if (granted < n) {
                    budget.noteByteLimit(container.path);
                    Unreadable limit = new Unreadable(Unreadable.Reason.LIMIT_EXCEEDED,
                            "not unpacked in full: the message's unpacked-size limit of "
                                    + Sizes.describe(budget.limits().maxExpandedBytes()) + " was reached");
                    container.unreadable(limit);
                    return stop(out, limit, true);
                }
                if (compressedSoFar != null && entryBytes > GRACE_BYTES
                        && entryBytes > maxRatio * Math.max(1, compressedSoFar.getAsLong())) {
                    budget.note(entryPath + ": expands more than " + Sizes.ratio(maxRatio)
                            + " times its compressed size; reading stopped");
                    return stop(out, new Unreadable(Unreadable.Reason.LIMIT_EXCEEDED, "expands more than "
                            + Sizes.ratio(maxRatio) + " times its compressed size (a zip bomb?)"), false);
                }
                if (unpacked > GRACE_BYTES && unpacked > maxRatio * containerSize) {
                    String words = "unpacks to more than " + Sizes.ratio(maxRatio) + " times its own size";
                    budget.note(container.path + ": " + words + "; the rest was not read");
                    container.unreadable(Unreadable.Reason.LIMIT_EXCEEDED, words + "; the rest was not read");
                    return stop(out, new Unreadable(Unreadable.Reason.LIMIT_EXCEEDED,
                            "not unpacked in full: its container " + words), true);
                }
            }
        } catch (IOException | RuntimeException e) {
            return stop(out, Failures.classify(e, budget, entryType), false);
        }
    }

    private static Result stop(ByteArrayOutputStream out, Unreadable problem, boolean stopContainer) {
        return new Result(out.toByteArray(), problem, stopContainer);
    }
}
