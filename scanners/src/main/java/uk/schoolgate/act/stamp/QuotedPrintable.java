package uk.schoolgate.act.stamp;

import java.io.ByteArrayOutputStream;

/**
 * Quoted-printable encoding (RFC 2045 6.7) of text whose line breaks are CRLF: CRLF stays a hard
 * line break; '=', control and 8-bit bytes become =XX; a space or tab at the end of a line is
 * encoded; lines are kept to 76 characters with '=' soft line breaks, never splitting an =XX.
 */
final class QuotedPrintable {
    static final int MAX_LINE = 76;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QuotedPrintable() {
    }

    static byte[] encode(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + data.length / 8 + 16);
        int lineLen = 0;
        int n = data.length;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (b == '\r' && i + 1 < n && data[i + 1] == '\n') {
                out.write('\r');
                out.write('\n');
                lineLen = 0;
                i++;
                continue;
            }
            boolean literal;
            if (b == ' ' || b == '\t') {
                boolean atLineEnd = i + 1 == n || (data[i + 1] == '\r' && i + 2 < n && data[i + 2] == '\n');
                literal = !atLineEnd;
            } else {
                literal = b >= 33 && b <= 126 && b != '=';
            }
            int width = literal ? 1 : 3;
            // keep room for the '=' of a soft line break
            if (lineLen + width > MAX_LINE - 1) {
                out.write('=');
                out.write('\r');
                out.write('\n');
                lineLen = 0;
            }
            if (literal) {
                out.write(b);
            } else {
                out.write('=');
                out.write(HEX[b >> 4]);
                out.write(HEX[b & 0x0F]);
            }
            lineLen += width;
        }
        return out.toByteArray();
    }
}
