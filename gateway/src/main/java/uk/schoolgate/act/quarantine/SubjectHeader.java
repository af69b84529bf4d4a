package uk.schoolgate.act.quarantine;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.Arrays;
import uk.schoolgate.act.deliver.HeaderText;
import uk.schoolgate.parse.CharsetDecoding;

/**
 * The decoded Subject of a raw message, read from its header block only (the store is handed
 * the bytes, and parsing a 25 MB body to find one header would be waste). Raw 8-bit subjects are
 * read as UTF-8 when valid, else windows-1252, as the parser does; RFC 2047 words are decoded.
 */
final class SubjectHeader {
    private static final int MAX_HEADER_BYTES = 1 << 20;

    private SubjectHeader() {
    }

    static String read(byte[] raw) {
        String headers = CharsetDecoding.guess(Arrays.copyOf(raw, headerEnd(raw)));
        String value = null;
        StringBuilder current = null;
        for (String line : headers.split("\r?\n|\r")) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation) {
                if (current != null) {
                    // As the parser unfolds: the line break and its indent become one space.
                    current.append(' ').append(line.stripLeading());
                }
                continue;
            }
            if (current != null) {
                value = current.toString();
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Subject")) {
                current = new StringBuilder(line.substring(colon + 1));
            }
        }
        if (value == null && current != null) {
            value = current.toString();
        }
        if (value == null) {
            return "";
        }
        String decoded;
        try {
            decoded = MimeUtility.decodeText(value.strip());
        } catch (UnsupportedEncodingException | RuntimeException e) {
            decoded = value.strip();
        }
        return HeaderText.clean(decoded).strip();
    }

    /** Where the header block ends: the first empty line, or a cap for a message without one. */
    private static int headerEnd(byte[] raw) {
        int limit = Math.min(raw.length, MAX_HEADER_BYTES);
        for (int i = 0; i < limit; i++) {
            if (raw[i] == '\n' && i + 1 < limit
                    && (raw[i + 1] == '\n' || raw[i + 1] == '\r' && i + 2 < limit && raw[i + 2] == '\n')) {
                return i + 1;
            }
        }
        return limit;
    }
}
