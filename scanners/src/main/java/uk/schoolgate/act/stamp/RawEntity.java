package uk.schoolgate.act.stamp;

import java.util.Arrays;

/**
 * One MIME entity (the message, or a body part) as a range of the original bytes: the header
 * block, ending with its blank line, then the body. Untouched entities are copied out of this
 * range byte for byte.
 *
 * @param buf       the whole message
 * @param start     the first byte of the header block
 * @param bodyStart the first byte of the body (just after the blank line)
 * @param end       just after the last byte of the body
 */
record RawEntity(byte[] buf, int start, int bodyStart, int end) {

    /** Splits {@code buf[start, end)} at its first empty line, as Jakarta Mail's InternetHeaders does. */
    static RawEntity of(byte[] buf, int start, int end) {
        int pos = start;
        while (pos < end) {
            int lineEnd = Lines.lineEnd(buf, pos, end);
            int next = Lines.afterLineEnd(buf, lineEnd, end);
            if (lineEnd == pos) {
                return new RawEntity(buf, start, next, end);
            }
            pos = next;
        }
        return new RawEntity(buf, start, end, end);
    }

    static RawEntity whole(byte[] buf) {
        return of(buf, 0, buf.length);
    }

    byte[] headerBytes() {
        return Arrays.copyOfRange(buf, start, bodyStart);
    }

    byte[] bodyBytes() {
        return Arrays.copyOfRange(buf, bodyStart, end);
    }

    byte[] bytes() {
        return Arrays.copyOfRange(buf, start, end);
    }

    boolean bodyEquals(byte[] other) {
        return Arrays.equals(buf, bodyStart, end, other, 0, other.length);
    }
}
