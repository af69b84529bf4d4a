package uk.schoolgate.act.stamp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the byte ranges of the body parts of a multipart body, following the rules of Jakarta
 * Mail's {@code MimeMultipart.parse} (preamble up to the first "--boundary" line; a delimiter is
 * "--boundary" at the start of a line, then "--" or optional blanks and a line ending; the line
 * ending before it belongs to the delimiter; a missing close delimiter ends the last part at the
 * end of the body). Everything between the ranges (preamble, delimiter lines, epilogue) is copied
 * as it came. The caller checks the result against Jakarta Mail's own tree before trusting it.
 */
final class MultipartSplitter {
    private MultipartSplitter() {
    }

    /**
     * The [start, end) range of each part of the multipart body {@code buf[bodyStart, end)}
     * (headers included), or empty when no opening delimiter line is found.
     */
    static Optional<List<int[]>> split(byte[] buf, int bodyStart, int end, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = bodyStart;
        boolean opened = false;
        while (pos < end) {
            int lineEnd = Lines.lineEnd(buf, pos, end);
            int next = Lines.afterLineEnd(buf, lineEnd, end);
            int e = lineEnd;
            while (e > pos && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
                e--;
            }
            if (regionEquals(buf, pos, e, delimiter)) {
                opened = true;
                pos = next;
                break;
            }
            if (e - pos == delimiter.length + 2 && startsWith(buf, pos, end, delimiter) && buf[e - 2] == '-'
                    && buf[e - 1] == '-') {
                return Optional.of(List.of());
            }
            pos = next;
        }
        if (!opened) {
            return Optional.empty();
        }
        List<int[]> parts = new ArrayList<>();
        while (true) {
            int partStart = pos;
            int bodyOfPart = headersEnd(buf, pos, end);
            if (bodyOfPart < 0) {
                break; // the end came inside a part's headers: Jakarta Mail drops that part
            }
            int search = bodyOfPart;
            int partEnd;
            int nextPos = -1;
            while (true) {
                int idx = indexOf(buf, delimiter, search, end);
                if (idx < 0) {
                    partEnd = end;
                    break;
                }
                int eol = 0;
                boolean atStart = idx == bodyOfPart;
                if (!atStart) {
                    byte b = buf[idx - 1];
                    if (b == '\r' || b == '\n') {
                        eol = 1;
                        if (b == '\n' && idx - 2 >= bodyOfPart && buf[idx - 2] == '\r') {
                            eol = 2;
                        }
                    }
                }
                if (atStart || eol > 0) {
                    int r = idx + delimiter.length;
                    if (r + 1 < end && buf[r] == '-' && buf[r + 1] == '-') {
                        partEnd = idx - eol;
                        break;
                    }
                    int s = r;
                    while (s < end && (buf[s] == ' ' || buf[s] == '\t')) {
                        s++;
                    }
                    if (s < end && buf[s] == '\n') {
                        partEnd = idx - eol;
                        nextPos = s + 1;
                        break;
                    }
                    if (s < end && buf[s] == '\r') {
                        partEnd = idx - eol;
                        nextPos = s + 1 < end && buf[s + 1] == '\n' ? s + 2 : s + 1;
                        break;
                    }
                }
                search = idx + 1;
            }
            parts.add(new int[] {partStart, partEnd});
            if (nextPos < 0) {
                break;
            }
            pos = nextPos;
        }
        return Optional.of(List.copyOf(parts));
    }

    /** Just after the blank line that ends the headers starting at {@code pos}; -1 if there is none. */
    private static int headersEnd(byte[] buf, int pos, int end) {
        while (pos < end) {
            int lineEnd = Lines.lineEnd(buf, pos, end);
            int next = Lines.afterLineEnd(buf, lineEnd, end);
            if (lineEnd == pos) {
                return next;
            }
            pos = next;
        }
        return -1;
    }

    private static boolean regionEquals(byte[] buf, int from, int to, byte[] what) {
        if (to - from != what.length) {
            return false;
        }
        for (int i = 0; i < what.length; i++) {
            if (buf[from + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] buf, int from, int end, byte[] what) {
        if (end - from < what.length) {
            return false;
        }
        for (int i = 0; i < what.length; i++) {
            if (buf[from + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] buf, byte[] what, int from, int end) {
        int last = end - what.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (buf[i] != what[0]) {
                continue;
            }
            for (int j = 1; j < what.length; j++) {
                if (buf[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
