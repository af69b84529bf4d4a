package uk.schoolgate.receive;

import uk.schoolgate.pipeline.Envelope;

/**
 * The one way into the gateway for every door (the SMTP relay, the milter, the quarantine's
 * release): the door gives the envelope and the message's bytes and gets back the reply for its
 * client. Implementations run the pipeline and carry out its verdict before returning, so a
 * success reply means the message was delivered or durably held.
 */
public interface MessageIntake {
    Reply accept(Envelope envelope, byte[] raw);
}
