package uk.schoolgate.cli;

import java.io.PrintWriter;

/** "scanned 120 of 500 messages" on stderr every few seconds, only on long runs. */
final class Progress {
    private static final long EVERY_NANOS = 3_000_000_000L;

    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            err.printf("scanned %d of %d messages%n", done, total);
            err.flush();
        }
    }

    void done() {
        if (lastReport != start) {
            err.printf("scanned %d of %d messages in %.1f s%n", done, total, (System.nanoTime() - start) / 1e9);
            err.flush();
        }
    }
}
