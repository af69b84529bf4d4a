package uk.schoolgate.act.stamp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Stamps a signed or encrypted message (multipart/signed, multipart/encrypted,
 * application/pkcs7-mime) without touching what was signed: the message becomes a
 * multipart/mixed whose first part is the original entity, byte for byte, and whose second part is
 * a text/plain; charset=UTF-8 part with the signature and the disclaimer. This is what mailing
 * lists do with footers; the S/MIME or PGP signature still verifies, because it covers the signed
 * entity's content, which is unchanged.
 *
 * <p>Headers: the top-level Content-* fields (Content-Type, Content-Transfer-Encoding,
 * Content-Disposition...) describe the signed entity, so they move with it, as they were, into the
 * first part; the other header fields stay in place, as they were; MIME-Version is written once,
 * with the new multipart/mixed Content-Type, at the end of the header block.
 *
 * <p>Trade-off: some clients show a signed or encrypted entity that is not at the top level as an
 * attachment (smime.p7m) or without its signature badge; {@code stamping.signedMessages: SKIP}
 * leaves such messages exactly as they are instead. The boundary is derived from a hash of the
 * message, so stamping is deterministic.
 */
final class SignedMessageWrapper {
    private SignedMessageWrapper() {
    }

    static byte[] wrap(byte[] raw, StampText stamp) {
        RawEntity entity = RawEntity.whole(raw);
        HeaderBlock headers = HeaderBlock.parse(entity.headerBytes());
        List<HeaderBlock.Field> outer = new ArrayList<>();
        List<HeaderBlock.Field> inner = new ArrayList<>();
        for (HeaderBlock.Field f : headers.fields()) {
            if (HeaderBlock.isContentField(f)) {
                inner.add(f);
            } else if (!f.is("MIME-Version")) {
                outer.add(f);
            }
        }
        String boundary = boundary(raw);
        String terminator = headers.terminator().isEmpty() ? "\r\n" : headers.terminator();

        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 1024);
        out.writeBytes(HeaderBlock.rawFields(outer));
        ascii(out, "MIME-Version: 1.0\r\n");
        ascii(out, "Content-Type: multipart/mixed;\r\n\tboundary=\"" + boundary + "\"\r\n");
        ascii(out, "\r\n");
        ascii(out, "--" + boundary + "\r\n");
        out.writeBytes(HeaderBlock.rawFields(inner));
        out.writeBytes(terminator.getBytes(StandardCharsets.ISO_8859_1));
        out.write(raw, entity.bodyStart(), entity.end() - entity.bodyStart());
        ascii(out, "\r\n--" + boundary + "\r\n");
        out.writeBytes(textPart(stamp));
        ascii(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /** The text part holding the signature and the disclaimer. */
    static byte[] textPart(StampText stamp) {
        StringBuilder text = new StringBuilder();
        if (stamp.hasSignature()) {
            text.append(stamp.signatureText()).append('\n');
        }
        if (stamp.hasDisclaimer()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(stamp.disclaimer()).append('\n');
        }
        byte[] data = Lines.toCrlf(text.toString()).getBytes(StandardCharsets.UTF_8);
        String encoding = TransferEncoding.choose(TransferEncoding.SEVEN_BIT, data, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 256);
        ascii(out, "Content-Type: text/plain; charset=UTF-8\r\n");
        ascii(out, "Content-Transfer-Encoding: " + encoding + "\r\n");
        ascii(out, "Content-Disposition: inline\r\n");
        ascii(out, "\r\n");
        out.writeBytes(TransferEncoding.encode(data, encoding));
        return out.toByteArray();
    }

    private static String boundary(byte[] raw) {
        String base;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw);
            base = "=_schoolgate_" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            base = "=_schoolgate_" + Integer.toHexString(java.util.Arrays.hashCode(raw));
        }
        String candidate = base;
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        for (int i = 1; text.contains("--" + candidate); i++) {
            candidate = base + "_" + i;
        }
        return candidate;
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
