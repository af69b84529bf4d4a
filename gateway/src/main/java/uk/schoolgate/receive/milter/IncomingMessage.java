package uk.schoolgate.receive.milter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.schoolgate.pipeline.Envelope;

/**
 * One message as the MTA hands it over, piece by piece: the envelope from MAIL and RCPT, the
 * authenticated user from the macros, then the header fields and body chunks. Put back together
 * it is the message the pipeline checks. Past the size limit it stops keeping bytes (so one huge
 * message cannot exhaust memory) and remembers that it was too big.
 */
final class IncomingMessage {
    private final String sender;
    private final Optional<String> authenticatedUser;
    private final long maxBytes;
    private final List<String> recipients = new ArrayList<>();
    private final List<HeaderField> headers = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    private long size;
    private boolean tooBig;

    IncomingMessage(String sender, Optional<String> authenticatedUser, long maxBytes) {
        this.sender = sender;
        this.authenticatedUser = authenticatedUser.map(String::strip).filter(u -> !u.isEmpty());
        this.maxBytes = maxBytes;
    }

    void recipient(String address) {
        if (!address.isEmpty()) {
            recipients.add(address);
        }
    }

    void header(HeaderField field) {
        if (count(field.name().length() + field.value().length() + 3L)) {
            headers.add(field);
        }
    }

    void body(byte[] chunk) {
        if (chunk != null && count(chunk.length)) {
            body.write(chunk, 0, chunk.length);
        }
    }

    private boolean count(long bytes) {
        size += bytes;
        if (size > maxBytes) {
            tooBig = true;
        }
        return !tooBig;
    }

    boolean tooBig() {
        return tooBig;
    }

    Envelope envelope() {
        return new Envelope(sender, recipients, authenticatedUser);
    }

    List<HeaderField> headers() {
        return List.copyOf(headers);
    }

    byte[] body() {
        return body.toByteArray();
    }

    /** The whole message: the header fields, an empty line, the body (CRLF line endings throughout). */
    byte[] raw() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, size + 64));
        for (HeaderField field : headers) {
            out.writeBytes(field.wire());
        }
        out.writeBytes(new byte[] {'\r', '\n'});
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by an in-memory stream
        }
        return out.toByteArray();
    }
}
