package uk.schoolgate.receive.milter;

import java.time.Duration;

/**
 * Counts messages being checked, so that closing the door can wait for their answers: a message
 * the MTA handed over is answered (or the MTA defers it), never dropped in the middle.
 */
final class InFlight {
    private int count;
    private boolean draining;

    /** @return false once draining has started: the message must be deferred instead */
    synchronized boolean tryBegin() {
        if (draining) {
            return false;
        }
        count++;
        return true;
    }

    synchronized void end() {
        count--;
        notifyAll();
    }

    synchronized void drain() {
        draining = true;
    }

    synchronized int count() {
        return count;
    }

    /** @return true when every message was answered within {@code max} */
    synchronized boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
