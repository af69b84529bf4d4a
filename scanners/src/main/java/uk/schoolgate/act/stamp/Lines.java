package uk.schoolgate.act.stamp;

/**
 * Line boundaries in raw message bytes, read the way Jakarta Mail's {@code LineInputStream} reads
 * them: a line ends at LF, CRLF, a lone CR, or CR CR LF (which it takes as one line ending). Using
 * the same rules keeps our byte offsets in step with the tree Jakarta Mail builds.
 */
final class Lines {
    private Lines() {
    }

    /** The index of the first CR or LF at or after {@code pos}, or {@code end}. */
    static int lineEnd(byte[] buf, int pos, int end) {
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\r' || buf[i] == '\n') {
                return i;
            }
        }
        return end;
    }

    /** The index just after the line ending that starts at {@code i} ({@code i} itself at the end). */
    static int afterLineEnd(byte[] buf, int i, int end) {
        if (i >= end) {
            return end;
        }
        if (buf[i] == '\n') {
            return i + 1;
        }
        if (buf[i] == '\r') {
            int j = i + 1;
            if (j < end && buf[j] == '\n') {
                return j + 1;
            }
            if (j < end && buf[j] == '\r' && j + 1 < end && buf[j + 1] == '\n') {
                return j + 2;
            }
            return i + 1;
        }
        return i;
    }

    /** Text with every line ending (CRLF, lone CR, lone LF) written as CRLF. */
    static String toCrlf(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '\r' && c != '\n') {
                continue;
            }
            boolean crlf = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n';
            if (crlf) {
                i++;
                continue; // already right: copied with the run around it
            }
            if (out == null) {
                out = new StringBuilder(n + n / 32 + 4);
            }
            out.append(text, copied, i).append("\r\n");
            copied = i + 1;
        }
        if (out == null) {
            return text; // every line already ends in CRLF
        }
        return out.append(text, copied, n).toString();
    }
}
