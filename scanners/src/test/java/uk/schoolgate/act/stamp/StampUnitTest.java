package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small pieces: quoted-printable, multipart ranges, header edits, part text, phrases. */
class StampUnitTest {

    private static String qp(String s) {
        return new String(QuotedPrintable.encode(s.getBytes(StandardCharsets.ISO_8859_1)),
                StandardCharsets.ISO_8859_1);
    }

    @Test
    void quotedPrintableBasics() {
        assertThat(qp("a=b\r\n")).isEqualTo("a=3Db\r\n");
        assertThat(qp("end \r\nx\t")).isEqualTo("end=20\r\nx=09");
        assertThat(qp("caf\u00e9")).isEqualTo("caf=E9");
        String encoded = qp("x".repeat(200) + "\r\n");
        for (String line : encoded.split("\r\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(76);
        }
        assertThat(encoded).contains("=\r\n");
        // an =XX is never split by a soft break
        String escapes = qp("\u00e9".repeat(60));
        for (String line : escapes.split("=\r\n")) {
            assertThat(line).matches("(=[0-9A-F]{2})*");
        }
    }

    @Test
    void quotedPrintableRoundTripsThroughJakarta() throws Exception {
        String s = "Tab\tand = signs \u00e9 " + "long ".repeat(40) + "\r\ntrailing \r\n";
        byte[] enc = QuotedPrintable.encode(s.getBytes(StandardCharsets.ISO_8859_1));
        byte[] dec = TransferEncoding.decode(enc, "quoted-printable").orElseThrow();
        assertThat(new String(dec, StandardCharsets.ISO_8859_1)).isEqualTo(s);
    }

    @Test
    void splitterFindsPartsLikeJakarta() {
        byte[] body = "pre\r\n--b\r\nA: 1\r\n\r\none\r\n--b  \r\n\r\ntwo\r\n--b--\r\nepi".getBytes(
                StandardCharsets.ISO_8859_1);
        List<int[]> parts = MultipartSplitter.split(body, 0, body.length, "b").orElseThrow();
        assertThat(parts).hasSize(2);
        assertThat(new String(body, parts.get(0)[0], parts.get(0)[1] - parts.get(0)[0])).isEqualTo("A: 1\r\n\r\none");
        assertThat(new String(body, parts.get(1)[0], parts.get(1)[1] - parts.get(1)[0])).isEqualTo("\r\ntwo");
        // a longer boundary that starts with ours is not ours
        byte[] tricky = "--b\r\n\r\nx\r\n--bb\r\ny\r\n--b--".getBytes(StandardCharsets.ISO_8859_1);
        List<int[]> t = MultipartSplitter.split(tricky, 0, tricky.length, "b").orElseThrow();
        assertThat(t).hasSize(1);
        assertThat(new String(tricky, t.get(0)[0], t.get(0)[1] - t.get(0)[0])).isEqualTo("\r\nx\r\n--bb\r\ny");
        assertThat(MultipartSplitter.split(tricky, 0, tricky.length, "zz")).isEmpty();
    }

    @Test
    void headerBlockEditsOnlyWhatIsSet() {
        byte[] h = "Content-Type: text/plain;\r\n\tcharset=us-ascii\r\nX-A: 1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        HeaderBlock b = HeaderBlock.parse(h);
        assertThat(b.get("content-type")).isEqualTo("text/plain;\tcharset=us-ascii");
        String out = new String(b.with("Content-Transfer-Encoding", "quoted-printable").toCrlfBytes(),
                StandardCharsets.ISO_8859_1);
        assertThat(out).isEqualTo("Content-Type: text/plain;\r\n\tcharset=us-ascii\r\nX-A: 1\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
    }

    @Test
    void partTextRoundTripsEveryByte() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        for (String label : new String[] {null, "us-ascii", "iso-8859-1", "windows-1252", "utf-8", "koi8-r"}) {
            PartText t = PartText.open(all, label).orElseThrow();
            // everything but line endings survives: strip CR/LF and compare
            assertThat(stripLineBreaks(t.encode(t.text()))).as(label).isEqualTo(stripLineBreaks(all));
        }
    }

    private static byte[] stripLineBreaks(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1).replace("\r", "").replace("\n", "")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void latin1LabelMovesToUtf8AsWindows1252() {
        byte[] b = {'d', 'o', 'n', (byte) 0x92, 't', ' ', (byte) 0x81};
        PartText t = PartText.open(b, "ISO-8859-1").orElseThrow();
        assertThat(t.plain("\u2019")).isNull();
        PartText u = t.toUtf8().orElseThrow();
        assertThat(u.text()).isEqualTo("don\u2019t \u0081");
        assertThat(u.relabelled()).isTrue();
    }

    @Test
    void phraseIgnoresWhitespaceAndCase() {
        Phrase p = Phrase.anyOf("This email is\nconfidential.");
        assertThat(p.occursIn("x THIS  EMAIL\u00a0is confidential. y")).isTrue();
        assertThat(p.endingAt("Hello\n\nthis email is confidential.\n \n")).isEqualTo(7);
        assertThat(p.endingAt("this email is confidential. Bye")).isEqualTo(-1);
    }

    @Test
    void quoteContainerDefinitionIsSharedWithTheParser() {
        var doc = org.jsoup.Jsoup.parse("<div class=gmail_quote>old</div><div>new</div>");
        assertThat(QuoteContainers.test(doc.selectFirst("div.gmail_quote"))).isTrue();
        assertThat(QuoteContainers.test(doc.select("div").get(1))).isFalse();
    }

    @Test
    void signatureLines() {
        var staff = new uk.schoolgate.config.StaffMember("a@b", " Ann  Lee ", null, false, false);
        assertThat(StampText.signature(staff, StampFixtures.SCHOOL)).containsExactly("Ann  Lee",
                "Oakfield Primary School", "1 Oak Lane, Exampletown, EX1 2AB", "01234 567890");
        StampText none = StampText.of(uk.schoolgate.config.StampSettings.defaults(), null, StampFixtures.SCHOOL,
                Optional.empty());
        assertThat(none.isEmpty()).isTrue();
    }
}
