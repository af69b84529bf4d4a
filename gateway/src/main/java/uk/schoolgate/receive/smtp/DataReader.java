package uk.schoolgate.receive.smtp;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the message after "354" up to and including the end-of-data line, byte-exact and strict:
 * only CRLF "." CRLF ends the data, a leading dot is removed (RFC 5321 4.5.2), and a bare CR, a
 * bare LF or a NUL anywhere in the data spoils the message. Those are what SMTP smuggling
 * (CVE-2023-51764 and relatives) is made of: a server that accepted them could hand the upstream
 * server a message that a laxer parser splits into two. A spoiled message is still read to its
 * real end, so whatever follows is never taken for commands, but it is never kept.
 *
 * <p>It never reads past the end-of-data line: the session's next pipelined command is in the
 * same buffered stream, so a chunk read too far is pushed back with mark/reset.
 */
final class DataReader {
    private static final int CR = '\r';
    private static final int LF = '\n';
    private static final int CHUNK = 8192;

    /** What spoils a message, in the order a reader meets them. */
    enum Problem { BARE_LINE_ENDING, NUL, LINE_TOO_LONG, TOO_MANY_HEADER_LINES, TOO_BIG }

    record Limits(long maxBytes, int maxLineLength, int maxHeaderLines) {
    }

    /** @param content the message (dot-unstuffed, CRLF line endings); null when {@code problem} is set */
    record Result(byte[] content, Problem problem) {
    }

    /** The session's total time ran out while the client was still sending. */
    static final class TimeUp extends IOException {
        TimeUp() {
            super("session time limit reached during DATA");
        }
    }

    private final Limits limits;
    private ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    private Problem problem;
    private boolean lineStart = true;
    private boolean pendingCr;
    private boolean onlyDot;
    private int lineLength;
    private boolean inHeader = true;
    private int headerLines;
    private long size;

    private DataReader(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param deadlineNanos {@link System#nanoTime()} after which the client has had its time
     * @throws EOFException when the connection ends before the end-of-data line
     * @throws TimeUp       when the deadline passes before it
     */
    static Result read(InputStream in, Limits limits, long deadlineNanos) throws IOException {
        return new DataReader(limits).readFrom(in, deadlineNanos);
    }

    private Result readFrom(InputStream in, long deadlineNanos) throws IOException {
        boolean rewindable = in.markSupported();
        byte[] chunk = new byte[rewindable ? CHUNK : 1];
        while (true) {
            if (System.nanoTime() - deadlineNanos >= 0) {
                throw new TimeUp();
            }
            if (rewindable) {
                in.mark(chunk.length);
            }
            int n = in.read(chunk, 0, chunk.length);
            if (n < 0) {
                throw new EOFException("connection closed during DATA");
            }
            for (int i = 0; i < n; i++) {
                if (take(chunk[i] & 0xFF)) {
                    if (rewindable) {
                        in.reset();
                        skipFully(in, i + 1);
                    }
                    return new Result(problem == null ? out.toByteArray() : null, problem);
                }
            }
        }
    }

    private static void skipFully(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                throw new EOFException("connection closed during DATA");
            }
            left -= skipped;
        }
    }

    /** @return true when {@code b} completed the end-of-data line */
    private boolean take(int b) {
        if (pendingCr) {
            pendingCr = false;
            if (b == LF) {
                if (onlyDot) {
                    return true;
                }
                emit(CR);
                emit(LF);
                endLine();
                return false;
            }
            // A CR that does not end a line is content, so what follows it is not at a line start:
            // CRLF CR "." CRLF must not end the data.
            fail(Problem.BARE_LINE_ENDING);
            lineStart = false;
            onlyDot = false;
        }
        if (b == CR) {
            pendingCr = true;
            return false;
        }
        lineLength++;
        if (b == LF) {
            // Not a line end: only CRLF ends a line, so what follows is not at a line start either.
            fail(Problem.BARE_LINE_ENDING);
            lineStart = false;
            onlyDot = false;
            return false;
        }
        if (b == 0) {
            fail(Problem.NUL);
        }
        if (lineLength > limits.maxLineLength()) {
            fail(Problem.LINE_TOO_LONG);
        }
        if (lineStart) {
            lineStart = false;
            if (b == '.') {
                // Either the end-of-data line or a dot-stuffed line: the dot is not content.
                onlyDot = true;
                return false;
            }
        } else {
            onlyDot = false;
        }
        emit(b);
        return false;
    }

    private void endLine() {
        if (inHeader) {
            if (lineLength == 0) {
                inHeader = false;
            } else if (++headerLines > limits.maxHeaderLines()) {
                fail(Problem.TOO_MANY_HEADER_LINES);
            }
        }
        lineLength = 0;
        lineStart = true;
        onlyDot = false;
    }

    private void emit(int b) {
        if (++size > limits.maxBytes()) {
            fail(Problem.TOO_BIG);
        }
        if (out != null) {
            out.write(b);
        }
    }

    private void fail(Problem p) {
        if (problem == null) {
            problem = p;
            out = null;
        }
    }
}
