package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.act.stamp.StampFixtures.DISCLAIMER;
import static uk.schoolgate.act.stamp.StampFixtures.JO;
import static uk.schoolgate.act.stamp.StampFixtures.STAMPER;
import static uk.schoolgate.act.stamp.StampFixtures.bytes;
import static uk.schoolgate.act.stamp.StampFixtures.crlf;
import static uk.schoolgate.act.stamp.StampFixtures.headers;
import static uk.schoolgate.act.stamp.StampFixtures.leaves;
import static uk.schoolgate.act.stamp.StampFixtures.parse;
import static uk.schoolgate.act.stamp.StampFixtures.text;

import jakarta.mail.internet.MimePart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MalformedInputStampTest {

    @Test
    void multipartWithoutBoundaryParameterIsLeftAlone() {
        byte[] in = bytes(headers("multipart/mixed", null) + "\r\n" + crlf("--x", "Content-Type: text/plain", "",
                "Hi", "--x--"));
        StampResult r = STAMPER.stampWithNotes(in, JO);
        assertThat(r.changed()).isFalse();
        assertThat(r.message()).isEqualTo(in);
        assertThat(r.notes()).anyMatch(n -> n.contains("boundary"));
    }

    @Test
    void multipartWhoseBoundaryNeverAppearsIsLeftAlone() {
        byte[] in = bytes(headers("multipart/mixed; boundary=\"nope\"", null) + "\r\n" + crlf("--x",
                "Content-Type: text/plain", "", "Hi", "--x--"));
        StampResult r = STAMPER.stampWithNotes(in, JO);
        assertThat(r.changed()).isFalse();
        assertThat(r.message()).isEqualTo(in);
    }

    @Test
    void missingCloseDelimiterStillStampsTheBody() throws Exception {
        byte[] in = bytes(headers("multipart/mixed; boundary=\"b\"", null) + "\r\n" + crlf("--b",
                "Content-Type: text/plain", "", "Hello", "--b", "Content-Type: application/octet-stream",
                "Content-Disposition: attachment; filename=a.bin", "", "data"));
        byte[] out = STAMPER.stamp(in, JO);
        List<MimePart> parts = leaves(parse(out));
        assertThat(text(parts.get(0))).contains(DISCLAIMER);
        assertThat(new String(StampFixtures.rawContent(parts.get(1)))).isEqualTo("data\r\n");
    }

    @Test
    void brokenBase64TextIsLeftAlone() {
        byte[] in = bytes(headers("text/plain; charset=utf-8", "base64") + "\r\nSGVsbG8*!!notbase64\r\n");
        StampResult r = STAMPER.stampWithNotes(in, JO);
        assertThat(r.changed()).isFalse();
        assertThat(r.message()).isEqualTo(in);
        assertThat(r.notes()).anyMatch(n -> n.contains("damaged"));
    }

    @Test
    void unknownTransferEncodingIsLeftAlone() {
        byte[] in = bytes(headers("text/plain", "x-uuencode") + "\r\nbegin 644 x\r\n");
        StampResult r = STAMPER.stampWithNotes(in, JO);
        assertThat(r.changed()).isFalse();
        assertThat(r.notes()).anyMatch(n -> n.contains("x-uuencode"));
    }

    @Test
    void unparseableContentTypeIsLeftAlone() {
        byte[] in = bytes(headers("text/plain; charset=\"utf-8; =;;", null) + "\r\nHello\r\n");
        StampResult r = STAMPER.stampWithNotes(in, JO);
        assertThat(r.message()).isNotNull();
    }

    @Test
    void headersOnlyAndEmptyInputDoNotThrow() throws Exception {
        StampResult empty = STAMPER.stampWithNotes(new byte[0], JO);
        assertThat(empty.message()).isNotNull();
        StampResult headersOnly = STAMPER.stampWithNotes(bytes("Subject: x\r\nFrom: a@b.c\r\n"), JO);
        assertThat(text(parse(headersOnly.message()))).contains(DISCLAIMER);
    }

    @Test
    void lfOnlyInputGetsCrlfWrittenParts() throws Exception {
        String raw = "From: a@oakfield.sch.uk\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
                + "Content-Type: text/plain\n\nHello\n--b\nContent-Type: application/octet-stream\n"
                + "Content-Disposition: attachment; filename=a.bin\n\nabc\n--b--\n";
        byte[] out = STAMPER.stamp(bytes(raw), JO);
        String s = new String(out, StandardCharsets.ISO_8859_1);
        // untouched parts as they came (LF), the written text part in CRLF
        assertThat(s).startsWith("From: a@oakfield.sch.uk\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
                + "Content-Type: text/plain\r\n\r\nHello\r\n\r\nJo Bloggs\r\n");
        assertThat(s).endsWith(DISCLAIMER + "\r\n\n--b\nContent-Type: application/octet-stream\n"
                + "Content-Disposition: attachment; filename=a.bin\n\nabc\n--b--\n");
        List<MimePart> parts = leaves(parse(out));
        assertThat(text(parts.get(0))).startsWith("Hello\r\n").endsWith(DISCLAIMER + "\r\n");
    }

    @Test
    void deepNestingDoesNotThrow() {
        StringBuilder sb = new StringBuilder(headers("multipart/mixed; boundary=\"b0\"", null)).append("\r\n");
        int depth = 60;
        for (int i = 0; i < depth; i++) {
            sb.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\r\n\r\n");
        }
        sb.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\nDeep\r\n");
        for (int i = depth; i >= 0; i--) {
            sb.append("--b").append(i).append("--\r\n");
        }
        StampResult r = STAMPER.stampWithNotes(bytes(sb.toString()), JO);
        assertThat(r.notes()).anyMatch(n -> n.contains("nesting"));
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(1234);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[random.nextInt(2000)];
            random.nextBytes(junk);
            String prefix = i % 2 == 0 ? headers("multipart/mixed; boundary=\"q\"", null) + "\r\n--q\r\n" : "";
            byte[] in = new byte[prefix.length() + junk.length];
            System.arraycopy(bytes(prefix), 0, in, 0, prefix.length());
            System.arraycopy(junk, 0, in, prefix.length(), junk.length);
            StampResult r = STAMPER.stampWithNotes(in, JO);
            assertThat(r.message()).isNotNull();
        }
    }
}
