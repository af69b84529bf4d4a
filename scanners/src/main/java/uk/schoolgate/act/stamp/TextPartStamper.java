package uk.schoolgate.act.stamp;

import uk.schoolgate.parse.PartInfo;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Stamps one text/plain or text/html body part: decodes its transfer encoding and charset
 * ({@link TransferEncoding}, {@link PartText}), adds the stamp ({@link PlainTextStamp},
 * {@link HtmlStamp}), and writes the part again with its own charset and transfer encoding. Its
 * header fields stay as they were (line endings written as CRLF) except Content-Type's charset,
 * when plain text had to move to UTF-8, and Content-Transfer-Encoding, when 7bit can no longer
 * carry the text or a line would pass 998 octets.
 */
final class TextPartStamper {
    private final StampText stamp;
    private final List<String> notes;

    TextPartStamper(StampText stamp, List<String> notes) {
        this.stamp = stamp;
        this.notes = notes;
    }

    /** The whole entity (headers and body) as it leaves, or empty when it stays as it was. */
    Optional<byte[]> stamp(RawEntity raw, PartInfo info, boolean topLevel, String where) {
        if (info.contentTypeBroken()) {
            notes.add(where + ": Content-Type could not be parsed; not stamped");
            return Optional.empty();
        }
        String encoding = info.transferEncoding();
        if (!TransferEncoding.KNOWN.contains(encoding)) {
            notes.add(where + ": unknown Content-Transfer-Encoding '" + encoding + "'; not stamped");
            return Optional.empty();
        }
        Optional<byte[]> decoded = TransferEncoding.decode(raw.bodyBytes(), encoding);
        if (decoded.isEmpty()) {
            notes.add(where + ": " + encoding + " body is damaged; not stamped");
            return Optional.empty();
        }
        String label = info.parameter("charset");
        Optional<PartText> opened = PartText.open(decoded.get(), label);
        if (opened.isEmpty()) {
            notes.add(where + ": charset '" + label + "' is unknown or cannot be edited safely; not stamped");
            return Optional.empty();
        }
        PartText text = opened.get();
        if (text.asciiCompatible() && contains(decoded.get(), (byte) 0)) {
            notes.add(where + ": text part holds binary data (NUL bytes); not stamped");
            return Optional.empty();
        }
        if (!text.asciiCompatible() && !encoding.equals(TransferEncoding.BASE64)) {
            notes.add(where + ": charset '" + label + "' needs base64; not stamped");
            return Optional.empty();
        }
        Insertion insertion = insert(info.isHtml(), text, text);
        if (insertion.unrepresentable()) {
            Optional<PartText> utf8 = text.toUtf8();
            if (utf8.isPresent()) {
                text = utf8.get();
                insertion = insert(info.isHtml(), text, text);
                notes.add(where + ": charset " + (label == null ? "(none)" : label)
                        + " cannot hold the stamp; part moved to UTF-8");
            } else {
                PartText plain = text;
                insertion = insert(info.isHtml(), text, new Degraded(plain));
                notes.add(where + ": charset " + (label == null ? "(none)" : label)
                        + " cannot hold every character of the stamp; "
                        + "look-alike characters used");
            }
        }
        if (!insertion.changed()) {
            return Optional.empty();
        }
        byte[] data = text.encode(insertion.text());
        String newEncoding = TransferEncoding.choose(encoding, data, text.asciiCompatible());
        byte[] body = TransferEncoding.encode(data, newEncoding);

        HeaderBlock headers = HeaderBlock.parse(raw.headerBytes());
        boolean headersChanged = false;
        if (text.relabelled()) {
            try {
                ContentType ct = info.contentType() != null ? new ContentType(info.contentType().toString())
                        : new ContentType(info.type());
                ct.setParameter("charset", "UTF-8");
                headers = headers.with("Content-Type", ct.toString());
                headersChanged = true;
            } catch (ParseException | RuntimeException e) {
                notes.add(where + ": Content-Type could not be rewritten; not stamped");
                return Optional.empty();
            }
        }
        if (!newEncoding.equals(encoding)) {
            headers = headers.with("Content-Transfer-Encoding", newEncoding);
            headersChanged = true;
        }
        if (topLevel && headersChanged && headers.get("MIME-Version") == null) {
            headers = headers.with("MIME-Version", "1.0");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
        out.writeBytes(headers.toCrlfBytes());
        out.writeBytes(body);
        return Optional.of(out.toByteArray());
    }

    private static boolean contains(byte[] data, byte b) {
        for (byte x : data) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    private Insertion insert(boolean html, PartText text, StampRepresentation rep) {
        return html ? HtmlStamp.apply(text.text(), stamp, rep) : PlainTextStamp.apply(text.text(), stamp, rep);
    }

    /** Plain text that cannot move to UTF-8: the stamp with look-alikes for what the charset lacks. */
    private record Degraded(PartText part) implements StampRepresentation {
        @Override
        public String plain(String text) {
            return part.plain(part.degrade(text));
        }

        @Override
        public String html(String snippet) {
            return part.html(snippet);
        }

        @Override
        public String degrade(String text) {
            return part.degrade(text);
        }
    }
}
