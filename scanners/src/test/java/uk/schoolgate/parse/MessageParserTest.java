package uk.schoolgate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.schoolgate.testing.Eml;

class MessageParserTest {
    private final MessageParser parser = new MessageParser();

    @Test
    void plainMessageAddressesAndSubject() {
        ParsedMessage m = parser.parse(Eml.message()
                .from("\"Ann Head\" <head@oakfield.sch.uk>")
                .to("mum@example.com, Dad <dad@example.org>")
                .cc("Parents: a@example.com, b@example.com;")
                .bcc("c@example.com")
                .subject("=?UTF-8?Q?Zo=C3=AB=E2=80=99s_trip?=")
                .body("Hello\nworld\n").bytes());

        assertThat(m.from()).extracting(MailAddress::email).containsExactly("head@oakfield.sch.uk");
        assertThat(m.to()).extracting(MailAddress::email).containsExactly("mum@example.com", "dad@example.org");
        assertThat(m.cc()).extracting(MailAddress::email).containsExactly("a@example.com", "b@example.com");
        assertThat(m.bcc()).extracting(MailAddress::email).containsExactly("c@example.com");
        assertThat(m.subject()).isEqualTo("Zo\u00eb\u2019s trip");
        assertThat(m.bodies()).singleElement().satisfies(b -> assertThat(b.text()).isEqualTo("Hello\r\nworld\r\n"));
        assertThat(m.parts()).isEmpty();
    }

    @Test
    void iso88591IsReadAsWindows1252() {
        byte[] body = "Caf\u00e9 \u2019quoted\u2019".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        String head = "From: a@oakfield.sch.uk\r\nTo: b@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
        byte[] raw = concat(head.getBytes(StandardCharsets.US_ASCII), body);
        assertThat(parser.parse(raw).bodies().get(0).text()).isEqualTo("Caf\u00e9 \u2019quoted\u2019");
    }

    @Test
    void alternativeIsScannedOnceAndHtmlTurnedIntoText() {
        String raw = """
                From: a@oakfield.sch.uk
                To: b@example.com
                Subject: alt
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Plain words
                --b1
                Content-Type: text/html; charset=utf-8

                <html><body><p>Plain <b>words</b></p></body></html>
                --b1--
                """;
        ParsedMessage m = parser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(m.bodies()).singleElement().satisfies(b -> {
            assertThat(b.html()).isFalse();
            assertThat(b.text().strip()).isEqualTo("Plain words");
        });
    }

    @Test
    void htmlHalfThatSaysMoreIsScanned() {
        String raw = """
                From: a@oakfield.sch.uk
                To: b@example.com
                Subject: alt
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                The list is in the table (HTML version).
                --b1
                Content-Type: text/html; charset=utf-8

                <p>The list is in the table.</p><table><tr><td>KHAN</td><td>Amelia</td><td>07700 900123</td></tr>
                <tr><td>LEE</td><td>Bo</td><td>07700 900456</td></tr><tr><td>CHEN</td><td>Kai</td><td>07700 900789</td></tr></table>
                --b1--
                """;
        ParsedMessage m = parser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(m.bodies()).singleElement().satisfies(b -> {
            assertThat(b.html()).isTrue();
            assertThat(b.text()).contains("KHAN\tAmelia\t07700 900123");
        });
    }

    @Test
    void htmlOnlyAlternativeFallsBackToHtml() {
        String raw = """
                From: a@oakfield.sch.uk
                To: b@example.com
                Subject: alt
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8


                --b1
                Content-Type: text/html; charset=utf-8

                <table><tr><td>KHAN</td><td>Amelia</td></tr><tr><td>LEE</td><td>Bo</td></tr></table>
                --b1--
                """;
        ParsedMessage m = parser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(m.bodies()).singleElement().satisfies(b -> {
            assertThat(b.html()).isTrue();
            assertThat(b.text()).isEqualTo("KHAN\tAmelia\nLEE\tBo");
        });
    }

    @Test
    void attachmentsByDispositionOrNameAndRfc2231FileNames() {
        String raw = """
                From: a@oakfield.sch.uk
                To: b@example.com
                Subject: files
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain

                See attached.
                --b1
                Content-Type: text/plain; name="notes.txt"
                Content-Disposition: attachment; filename="notes.txt"

                these are notes
                --b1
                Content-Type: application/pdf
                Content-Disposition: inline; filename*=UTF-8''Zo%C3%AB%20report.pdf
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b1
                Content-Type: image/png
                Content-ID: <logo>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --b1--
                """;
        ParsedMessage m = parser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(m.bodies()).hasSize(1);
        assertThat(m.parts()).extracting(AttachmentPart::name)
                .containsExactly("notes.txt", "Zo\u00eb report.pdf", "part 4 (image/png)");
        assertThat(m.parts()).extracting(AttachmentPart::isAttachment).containsExactly(true, true, false);
        assertThat(new String(m.parts().get(1).content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n");
    }

    @Test
    void attachedMessageIsAnAttachment() {
        String raw = """
                From: a@oakfield.sch.uk
                To: b@example.com
                Subject: fwd
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain

                Forwarding.
                --b1
                Content-Type: message/rfc822

                From: x@example.com
                Subject: inner

                inner body
                --b1--
                """;
        ParsedMessage m = parser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(m.parts()).singleElement().satisfies(p -> {
            assertThat(p.declaredType()).isEqualTo("message/rfc822");
            assertThat(p.isAttachment()).isTrue();
            assertThat(new String(p.content(), StandardCharsets.UTF_8)).contains("inner body");
        });
    }

    @Test
    void signedMessageIsProtectedAndSignatureIsNotAnAttachment() {
        String raw = """
                From: a@oakfield.sch.uk
                To: b@example.com
                Subject: signed
                MIME-Version: 1.0
                Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="s1"

                --s1
                Content-Type: text/plain

                Signed words.
                --s1
                Content-Type: application/pkcs7-signature; name="smime.p7s"
                Content-Disposition: attachment; filename="smime.p7s"
                Content-Transfer-Encoding: base64

                AAAA
                --s1--
                """;
        ParsedMessage m = parser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(m.protectedBody()).isTrue();
        assertThat(m.parts()).isEmpty();
        assertThat(m.bodies()).singleElement().satisfies(b -> assertThat(b.text()).contains("Signed words."));
    }

    @Test
    void garbageNeverThrows() {
        byte[][] inputs = {new byte[0], "\u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1),
            "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: multipart/mixed\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
            "To: <<<@@@>>>, \"unclosed\r\nSubject: =?bogus?Q?x?=\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII)};
        for (byte[] input : inputs) {
            ParsedMessage m = parser.parse(input);
            assertThat(m).isNotNull();
        }
    }

    @Test
    void deeplyNestedMultipartsStopAtTheLimit() {
        StringBuilder sb = new StringBuilder("From: a@oakfield.sch.uk\r\nMIME-Version: 1.0\r\n");
        int levels = 200;
        for (int i = 0; i < levels; i++) {
            sb.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
        }
        sb.append("Content-Type: text/plain\r\n\r\ndeep\r\n");
        for (int i = levels - 1; i >= 0; i--) {
            sb.append("--b").append(i).append("--\r\n");
        }
        ParsedMessage m = parser.parse(sb.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(m.problems()).anyMatch(p -> p.contains("nesting deeper"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
