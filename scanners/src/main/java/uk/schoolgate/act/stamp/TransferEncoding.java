package uk.schoolgate.act.stamp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Content-Transfer-Encoding of a stamped text part: decoding the sender's body, choosing the
 * encoding to write (the part's own, unless that can no longer carry the text) and encoding.
 */
final class TransferEncoding {
    static final String SEVEN_BIT = "7bit";
    static final String EIGHT_BIT = "8bit";
    static final String BINARY = "binary";
    static final String QUOTED_PRINTABLE = "quoted-printable";
    static final String BASE64 = "base64";
    static final Set<String> KNOWN = Set.of(SEVEN_BIT, EIGHT_BIT, BINARY, QUOTED_PRINTABLE, BASE64);
    /** RFC 5322 2.1.1: at most 998 octets on a line, not counting CRLF. */
    static final int MAX_LINE_OCTETS = 998;

    private TransferEncoding() {
    }

    /** The decoded body, or empty when the encoding is unknown or broken (so the part is left alone). */
    static Optional<byte[]> decode(byte[] body, String encoding) {
        switch (encoding) {
            case SEVEN_BIT, EIGHT_BIT, BINARY -> {
                return Optional.of(body);
            }
            case BASE64 -> {
                if (!isCleanBase64(body)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Base64.getMimeDecoder().decode(body));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            case QUOTED_PRINTABLE -> {
                try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(body), QUOTED_PRINTABLE)) {
                    return Optional.of(in.readAllBytes());
                } catch (IOException | MessagingException | RuntimeException e) {
                    return Optional.empty();
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** Only base64 characters and whitespace, padded to whole quanta: nothing would be dropped. */
    static boolean isCleanBase64(byte[] body) {
        int count = 0;
        int padding = 0;
        for (byte b : body) {
            if (b == '\r' || b == '\n' || b == ' ' || b == '\t') {
                continue;
            }
            boolean alphabet = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+'
                    || b == '/';
            if (b == '=') {
                padding++;
            } else if (!alphabet || padding > 0) {
                return false;
            }
            count++;
        }
        return count % 4 == 0 && padding <= 2;
    }

    /**
     * The encoding to write: base64 and quoted-printable stay; 7bit becomes quoted-printable when
     * the text now has 8-bit bytes (a part moved to UTF-8); 7bit, 8bit and binary become
     * quoted-printable when a line is longer than 998 octets or holds a NUL, so every written line
     * is valid. UTF-16 and UTF-32 text is only written in base64.
     */
    static String choose(String original, byte[] data, boolean asciiCompatible) {
        if (!asciiCompatible) {
            return BASE64;
        }
        if (original.equals(BASE64) || original.equals(QUOTED_PRINTABLE)) {
            return original;
        }
        boolean eightBit = false;
        boolean nul = false;
        int lineLen = 0;
        int longest = 0;
        for (int i = 0; i < data.length; i++) {
            byte b = data[i];
            if (b == '\r' && i + 1 < data.length && data[i + 1] == '\n') {
                longest = Math.max(longest, lineLen);
                lineLen = 0;
                i++;
                continue;
            }
            lineLen++;
            if (b < 0) {
                eightBit = true;
            } else if (b == 0) {
                nul = true;
            }
        }
        longest = Math.max(longest, lineLen);
        boolean unsafe = nul || longest > MAX_LINE_OCTETS;
        if (original.equals(SEVEN_BIT)) {
            return eightBit || unsafe ? QUOTED_PRINTABLE : SEVEN_BIT;
        }
        return unsafe ? QUOTED_PRINTABLE : original;
    }

    /** The body to write; it ends with a CRLF when the data does or the encoding adds one. */
    static byte[] encode(byte[] data, String encoding) {
        return switch (encoding) {
            case BASE64 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4 / 3 + 8);
                byte[] lines = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encode(data);
                out.writeBytes(lines);
                if (lines.length > 0) {
                    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                yield out.toByteArray();
            }
            case QUOTED_PRINTABLE -> QuotedPrintable.encode(data);
            default -> data;
        };
    }
}
