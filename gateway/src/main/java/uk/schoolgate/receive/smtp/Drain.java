package uk.schoolgate.receive.smtp;

import java.time.Duration;

/**
 * Counts mail transactions in flight (from an accepted MAIL FROM until the reply to DATA has
 * been sent, or the transaction is abandoned) so that closing the door can wait for them: a
 * client that was sent 250 must have had its message taken by the intake, and a message in the
 * intake must get its reply before the connection closes.
 */
final class Drain {
    private int inFlight;
    private boolean draining;

    /** @return false once draining has started: no new transaction may begin */
    synchronized boolean tryBegin() {
        if (draining) {
            return false;
        }
        inFlight++;
        return true;
    }

    synchronized void end() {
        inFlight--;
        notifyAll();
    }

    synchronized void start() {
        draining = true;
    }

    synchronized boolean isDraining() {
        return draining;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    /** @return true when every transaction finished within {@code max} */
    synchronized boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
