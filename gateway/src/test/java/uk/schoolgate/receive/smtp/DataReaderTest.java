package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.receive.smtp.DataReader.Problem;

class DataReaderTest {
    private static final DataReader.Limits LIMITS = new DataReader.Limits(10_000, 100, 10);
    private static final long FOREVER = System.nanoTime() + 3_600_000_000_000L;

    private static DataReader.Result read(String wire) throws IOException {
        return read(new BufferedInputStream(stream(wire)), LIMITS);
    }

    private static DataReader.Result read(InputStream in, DataReader.Limits limits) throws IOException {
        return DataReader.read(in, limits, FOREVER);
    }

    private static ByteArrayInputStream stream(String wire) {
        return new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String text(DataReader.Result r) {
        assertThat(r.problem()).isNull();
        return new String(r.content(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void endsOnlyAtCrLfDotCrLfAndKeepsTheLastLineBreak() throws IOException {
        assertThat(text(read("Subject: x\r\n\r\nHello\r\n.\r\n"))).isEqualTo("Subject: x\r\n\r\nHello\r\n");
    }

    @Test
    void anEmptyMessageIsJustTheDot() throws IOException {
        assertThat(text(read(".\r\n"))).isEmpty();
    }

    @Test
    void removesOneLeadingDotFromStuffedLines() throws IOException {
        assertThat(text(read("a\r\n..\r\n...x\r\n.y\r\n.\r\n"))).isEqualTo("a\r\n.\r\n..x\r\ny\r\n");
    }

    @Test
    void leavesWhatFollowsTheEndForTheNextCommand() throws IOException {
        InputStream in = new BufferedInputStream(stream("Hi\r\n.\r\nMAIL FROM:<a@b>\r\n"));
        assertThat(text(read(in, LIMITS))).isEqualTo("Hi\r\n");
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("MAIL FROM:<a@b>\r\n");
    }

    @Test
    void worksOnStreamsThatCannotRewind() throws IOException {
        InputStream in = new FilterInputStream(stream("Hi\r\n.\r\nQUIT\r\n")) {
            @Override
            public boolean markSupported() {
                return false;
            }
        };
        assertThat(text(read(in, LIMITS))).isEqualTo("Hi\r\n");
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("QUIT\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb\r\n.\r\n", "a\rb\r\n.\r\n", "a\r\r\n.\r\n", "a\r\n\n.\n\r\n.\r\n", "a\r\n.\r\r\n.\r\n",
        "a\r\n.\n.\r\n.\r\n", "\n.\r\n.\r\n", "a\r\n\r.\r\nX\r\n.\r\n", "\r.\r\n.\r\n"})
    void bareCrOrLfSpoilsTheMessageButReadingGoesOnToTheRealEnd(String wire) throws IOException {
        InputStream in = new BufferedInputStream(stream(wire + "NOOP\r\n"));
        DataReader.Result r = read(in, LIMITS);
        assertThat(r.problem()).isEqualTo(Problem.BARE_LINE_ENDING);
        assertThat(r.content()).isNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("NOOP\r\n");
    }

    @Test
    void bareLfDoesNotStartALineSoLfDotLfIsNotAnEnd() throws IOException {
        InputStream in = new BufferedInputStream(stream("a\n.\nMAIL FROM:<x@y>\r\n.\r\nQUIT\r\n"));
        assertThat(read(in, LIMITS).problem()).isEqualTo(Problem.BARE_LINE_ENDING);
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("QUIT\r\n");
    }

    @Test
    void nulSpoilsTheMessage() throws IOException {
        assertThat(read("a\r\n\0.\r\n.\r\n").problem()).isEqualTo(Problem.NUL);
    }

    @Test
    void lineLengthIsCountedWithoutCrLf() throws IOException {
        assertThat(read("x".repeat(100) + "\r\n.\r\n").problem()).isNull();
        assertThat(read("x".repeat(101) + "\r\n.\r\n").problem()).isEqualTo(Problem.LINE_TOO_LONG);
    }

    @Test
    void headerLinesAreCountedUntilTheBlankLine() throws IOException {
        String tenHeaders = "H: v\r\n".repeat(10);
        assertThat(read(tenHeaders + "\r\n" + "body\r\n".repeat(50) + ".\r\n").problem()).isNull();
        assertThat(read(tenHeaders + "X: one too many\r\n\r\nbody\r\n.\r\n").problem())
                .isEqualTo(Problem.TOO_MANY_HEADER_LINES);
    }

    @Test
    void sizeIsTheUnstuffedMessage() throws IOException {
        DataReader.Limits small = new DataReader.Limits(10, 100, 10);
        assertThat(read(new BufferedInputStream(stream("12345678\r\n.\r\n")), small).problem()).isNull();
        assertThat(read(new BufferedInputStream(stream("123456789\r\n.\r\n")), small).problem()).isEqualTo(Problem.TOO_BIG);
    }

    @Test
    void aConnectionThatEndsEarlyIsAnError() {
        assertThatThrownBy(() -> read("Hello\r\n")).isInstanceOf(EOFException.class);
    }

    @Test
    void aPassedDeadlineStopsTheRead() {
        assertThatThrownBy(() -> DataReader.read(new BufferedInputStream(stream("Hi\r\n.\r\n")), LIMITS, System.nanoTime() - 1))
                .isInstanceOf(DataReader.TimeUp.class);
    }

    @Test
    void keepsEightBitBytes() throws IOException {
        byte[] wire = {(byte) 0xC3, (byte) 0xA9, '\r', '\n', '.', '\r', '\n'};
        DataReader.Result r = read(new BufferedInputStream(new ByteArrayInputStream(wire)), LIMITS);
        assertThat(r.content()).containsExactly((byte) 0xC3, (byte) 0xA9, '\r', '\n');
    }

    @Test
    void readsMessagesLongerThanOneChunk() throws IOException {
        String body = ("line of text " + "y".repeat(60) + "\r\n").repeat(2000);
        DataReader.Limits big = new DataReader.Limits(1_000_000, 100, 10);
        InputStream in = new BufferedInputStream(stream("S: x\r\n\r\n" + body + ".\r\nRSET\r\n"));
        assertThat(text(read(in, big))).isEqualTo("S: x\r\n\r\n" + body);
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("RSET\r\n");
    }

    /**
     * Against a reference: with a CRLF in front of the stream, the data ends at the first
     * CRLF "." CRLF, nowhere else; a clean message is its lines with one leading dot removed.
     */
    @Test
    void endsExactlyWhereTheReferenceSaysOnRandomInput() throws IOException {
        java.util.Random random = new java.util.Random(20231218);
        char[] alphabet = {'\r', '\n', '.', 'a', '\0', '\r', '\n', '.'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String wire = sb + "\r\n.\r\nTAIL";
            int end = ("\r\n" + wire).indexOf("\r\n.\r\n") + 3; // bytes of wire up to and including the final CRLF
            InputStream in = new BufferedInputStream(stream(wire));
            DataReader.Result r = read(in, LIMITS);
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).as("after %s", sb)
                    .isEqualTo(wire.substring(end));
            String data = wire.substring(0, end - 3);
            boolean clean = !data.replace("\r\n", "").contains("\r") && !data.replace("\r\n", "").contains("\n")
                    && !data.contains("\0");
            assertThat(r.problem() == null).as("clean %s", sb).isEqualTo(clean);
            if (clean) {
                StringBuilder want = new StringBuilder();
                String[] lines = data.split("\r\n", -1); // data ends with its last line's CRLF: the last piece is empty
                for (int i = 0; i < lines.length - 1; i++) {
                    want.append(lines[i].startsWith(".") ? lines[i].substring(1) : lines[i]).append("\r\n");
                }
                assertThat(text(r)).as("content of %s", sb).isEqualTo(want.toString());
            }
        }
    }
}
