package uk.schoolgate.receive.milter;

import java.util.List;
import org.nightcode.milter.MilterContext;
import org.nightcode.milter.MilterException;
import org.nightcode.milter.codec.MilterPacket;

/**
 * The one answer a message is owed. The pipeline's result, the deadline and the end of the
 * connection race for it; whichever comes first answers (or gives up) and the others find it
 * done. Progress packets go out only while the answer is still to come, and never between the
 * packets of an answer.
 */
final class PendingAnswer {
    private final MilterContext context;
    private boolean done;

    PendingAnswer(MilterContext context) {
        this.context = context;
    }

    /** Tells the MTA the gateway is still working, so its timers start again. */
    synchronized void progress() {
        if (!done) {
            send(List.of(Packets.PROGRESS));
        }
    }

    /** @return false when the message had already been answered (or abandoned): nothing was sent */
    synchronized boolean answer(List<MilterPacket> packets) {
        if (done) {
            return false;
        }
        done = true;
        send(packets);
        return true;
    }

    /** The MTA went away or aborted the message: nothing more may be sent for it. */
    synchronized void abandon() {
        done = true;
    }

    synchronized boolean isDone() {
        return done;
    }

    private void send(List<MilterPacket> packets) {
        try {
            for (MilterPacket packet : packets) {
                context.sendPacket(packet);
            }
        } catch (MilterException | RuntimeException e) {
            // The connection is gone; the MTA applies its default action (tempfail).
            done = true;
        }
    }
}
