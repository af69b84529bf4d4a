package uk.schoolgate.act.deliver;

import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * A message that the SMTP client sends exactly as the gateway produced it: Jakarta Mail would
 * otherwise regenerate headers (Message-ID, MIME-Version, transfer encodings) on the way out. The
 * transport still does the wire's own work, dot-stuffing and CRLF line ends.
 *
 * <p>It also records whether any of the content was handed to the transport: until then the
 * upstream cannot have accepted the message, so a failed attempt is safe to repeat.
 */
final class RawMimeMessage extends SMTPMessage {
    private final byte[] raw;
    private volatile boolean contentStarted;

    RawMimeMessage(Session session, byte[] raw, String envelopeSender, String mailExtension) {
        super(session);
        this.raw = raw;
        setEnvelopeFrom(envelopeSender.isEmpty() ? "<>" : envelopeSender);
        if (!mailExtension.isEmpty()) {
            setMailExtension(mailExtension);
        }
        setSendPartial(false);
        setAllow8bitMIME(false);
    }

    @Override
    public void writeTo(OutputStream os) throws IOException {
        contentStarted = true;
        os.write(raw);
    }

    @Override
    public void writeTo(OutputStream os, String[] ignoreHeaders) throws IOException {
        writeTo(os);
    }

    @Override
    public int getSize() {
        return raw.length;
    }

    /** Never regenerate headers: the bytes are final. */
    @Override
    public void saveChanges() {
    }

    boolean contentStarted() {
        return contentStarted;
    }
}
