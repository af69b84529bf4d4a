/**
 * The milter door: an existing Postfix or Sendmail asks the gateway about every message over the
 * milter protocol (version 6, through jmilter on Netty), and the gateway answers with the same
 * policy as its own SMTP relay, because the message goes through the same
 * {@link uk.schoolgate.act.MessageHandler}. The protocol layer only collects the envelope, headers
 * and body, and turns the handler's {@link uk.schoolgate.act.Disposition} into milter actions.
 */
package uk.schoolgate.receive.milter;
