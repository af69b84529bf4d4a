package uk.schoolgate.act;

import java.util.Locale;
import uk.schoolgate.act.deliver.DeliveryResult;
import uk.schoolgate.act.deliver.Upstream;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.receive.MessageIntake;
import uk.schoolgate.receive.Reply;

/**
 * The relay's intake (before-queue): the {@link MessageHandler} decides, then a message that may
 * leave is delivered upstream while the client waits, and the client is told 250 only once the
 * upstream accepted it; an upstream that is down or slow gives 451 (the client retries, nothing
 * is lost) and an upstream refusal is passed back.
 */
public final class Dispatcher implements MessageIntake {
    private final MessageHandler handler;
    private final Upstream upstream;

    public Dispatcher(MessageHandler handler, Upstream upstream) {
        this.handler = handler;
        this.upstream = upstream;
    }

    @Override
    public Reply accept(Envelope envelope, byte[] raw) {
        Handled handled = handler.handle(envelope, raw);
        Disposition d = handled.disposition();
        Reply reply;
        String outcome;
        if (d instanceof Disposition.Deliver deliver) {
            DeliveryResult delivered;
            try {
                delivered = upstream.deliver(envelope.sender(), envelope.recipients(), deliver.message());
            } catch (RuntimeException e) {
                delivered = DeliveryResult.temporaryFailure(451, "4.3.0", e.getClass().getSimpleName());
            }
            reply = deliveryReply(handled.id(), delivered);
            outcome = delivered.status().name().toLowerCase(Locale.ROOT);
        } else if (d instanceof Disposition.Held held) {
            reply = held.reply();
            outcome = "held:" + held.held().id();
        } else if (d instanceof Disposition.Refused refused) {
            reply = refused.reply();
            outcome = "rejected";
        } else {
            reply = ((Disposition.TryLater) d).reply();
            outcome = "tempfail";
        }
        MessageLog.write("smtp", handled, outcome, reply);
        return reply;
    }

    private static Reply deliveryReply(String id, DeliveryResult delivered) {
        return switch (delivered.status()) {
            case ACCEPTED -> Reply.accepted("Sent. [" + id + "]");
            case TEMPORARY_FAILURE -> new Reply(451, "4.4.1", "The school's mail server could not be reached just "
                    + "now; your mail program will try again shortly. [" + id + "]");
            case PERMANENT_FAILURE -> new Reply(delivered.code(), delivered.enhancedStatus(),
                    "The school's mail server refused the message: " + delivered.text());
        };
    }
}
