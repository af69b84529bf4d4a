package uk.schoolgate.receive.smtp;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.subethamail.smtp.MessageHandler;

/**
 * One mail transaction's envelope, from MAIL FROM to the end of DATA. SubEthaSMTP creates it on
 * {@code startMailTransaction()} and calls {@link #done()} when the transaction ends for any
 * reason (reply to DATA sent, RSET, EHLO, STARTTLS, disconnect), which is when the door's
 * {@link Drain} stops waiting for it. The door's own MAIL/RCPT/DATA commands fill it; SubEthaSMTP's
 * message-handler calls are not used.
 */
final class Transaction implements MessageHandler {
    private final Drain drain;
    private final boolean admitted;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final List<String> recipients = new ArrayList<>();
    private String sender = "";

    Transaction(Drain drain) {
        this.drain = drain;
        this.admitted = drain.tryBegin();
    }

    /** @return false when the door was already closing: the transaction must be refused */
    boolean admitted() {
        return admitted;
    }

    @Override
    public void from(String from) {
        this.sender = from;
    }

    @Override
    public void recipient(String recipient) {
        recipients.add(recipient);
    }

    String sender() {
        return sender;
    }

    List<String> recipients() {
        return List.copyOf(recipients);
    }

    @Override
    public String data(InputStream data) {
        throw new UnsupportedOperationException("the door's DATA command reads the message itself");
    }

    @Override
    public void done() {
        if (admitted && ended.compareAndSet(false, true)) {
            drain.end();
        }
    }
}
