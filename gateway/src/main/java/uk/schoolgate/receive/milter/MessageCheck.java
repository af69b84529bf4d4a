package uk.schoolgate.receive.milter;

import uk.schoolgate.act.Handled;
import uk.schoolgate.pipeline.Envelope;

/**
 * What the milter asks of the gateway for each message: in service, the relay's own
 * {@link uk.schoolgate.act.MessageHandler#handle}; in the protocol tests, a stand-in that gives a
 * chosen disposition.
 */
@FunctionalInterface
interface MessageCheck {
    Handled handle(Envelope envelope, byte[] raw);
}
