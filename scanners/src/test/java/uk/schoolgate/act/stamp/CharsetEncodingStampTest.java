package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.act.stamp.StampFixtures.DISCLAIMER;
import static uk.schoolgate.act.stamp.StampFixtures.JO;
import static uk.schoolgate.act.stamp.StampFixtures.SCHOOL;
import static uk.schoolgate.act.stamp.StampFixtures.STAMPER;
import static uk.schoolgate.act.stamp.StampFixtures.assertCrlfAndLineLengths;
import static uk.schoolgate.act.stamp.StampFixtures.assertLinesAtMost;
import static uk.schoolgate.act.stamp.StampFixtures.bytes;
import static uk.schoolgate.act.stamp.StampFixtures.count;
import static uk.schoolgate.act.stamp.StampFixtures.decoded;
import static uk.schoolgate.act.stamp.StampFixtures.headers;
import static uk.schoolgate.act.stamp.StampFixtures.htmlText;
import static uk.schoolgate.act.stamp.StampFixtures.latin1;
import static uk.schoolgate.act.stamp.StampFixtures.parse;
import static uk.schoolgate.act.stamp.StampFixtures.rawContent;
import static uk.schoolgate.act.stamp.StampFixtures.text;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.schoolgate.config.StampSettings;

class CharsetEncodingStampTest {
    private static final String SMART_DISCLAIMER = "Oakfield\u2019s emails are confidential \u2014 caf\u00e9 rules apply.";
    private static final Stamper SMART = new Stamper(StampSettings.defaults(), SMART_DISCLAIMER, SCHOOL);
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static byte[] message(String contentType, String encoding, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(headers(contentType, encoding) + "\r\n"));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String charset(MimeMessage m) throws Exception {
        return new ContentType(m.getContentType()).getParameter("charset");
    }

    @Test
    void latin1PartKeepsItsCharsetAndBytes() throws Exception {
        byte[] body = "Caf\u00e9 na\u00efve \u00a35 trip\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = STAMPER.stamp(message("text/plain; charset=ISO-8859-1", "8bit", body), JO);
        MimeMessage m = parse(out);
        assertThat(charset(m)).isEqualTo("ISO-8859-1");
        assertThat(m.getEncoding()).isEqualTo("8bit");
        assertThat(startsWith(decoded(m), body)).isTrue();
        assertThat(text(m)).contains(DISCLAIMER);
        assertCrlfAndLineLengths(out);
    }

    @Test
    void windows1252BytesUnderALatin1LabelSurvive() throws Exception {
        // Outlook: "don't" with a 0x92 right single quote, labelled ISO-8859-1
        byte[] body = "Please don\u2019t be late \u2013 \u201cthanks\u201d\r\n".getBytes(CP1252);
        byte[] out = STAMPER.stamp(message("text/plain; charset=iso-8859-1", "8bit", body), JO);
        MimeMessage m = parse(out);
        assertThat(charset(m)).isEqualTo("iso-8859-1");
        assertThat(startsWith(decoded(m), body)).isTrue();
    }

    @Test
    void latin1PartThatCannotHoldTheStampMovesToUtf8ReadAsWindows1252() throws Exception {
        byte[] body = "Please don\u2019t forget the caf\u00e9 money\r\n".getBytes(CP1252);
        byte[] out = SMART.stamp(message("text/plain; charset=iso-8859-1; format=flowed", "8bit", body), JO);
        MimeMessage m = parse(out);
        ContentType ct = new ContentType(m.getContentType());
        assertThat(ct.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(ct.getParameter("format")).isEqualTo("flowed");
        String text = text(m);
        assertThat(text).startsWith("Please don\u2019t forget the caf\u00e9 money\r\n");
        assertThat(text).contains(SMART_DISCLAIMER);
    }

    @Test
    void windows1252PartTakesSmartQuotesInItsOwnCharset() throws Exception {
        byte[] body = "\u201cSmart\u201d quotes \u2013 and \u20ac5\r\n".getBytes(CP1252);
        byte[] out = SMART.stamp(message("text/plain; charset=windows-1252", "quoted-printable",
                quotedPrintable(body)), JO);
        MimeMessage m = parse(out);
        assertThat(charset(m)).isEqualTo("windows-1252");
        assertThat(m.getEncoding()).isEqualTo("quoted-printable");
        byte[] decoded = decoded(m);
        assertThat(startsWith(decoded, body)).isTrue();
        assertThat(new String(decoded, CP1252)).contains(SMART_DISCLAIMER);
    }

    @Test
    void windows1252WithUndefinedBytesIsEditedAsBytes() throws Exception {
        byte[] body = cat("Odd \u201cbyte\u201d ".getBytes(CP1252), new byte[] {(byte) 0x81, (byte) 0x9D},
                "\r\n".getBytes());
        byte[] out = SMART.stamp(message("text/plain; charset=windows-1252", "8bit", body), JO);
        MimeMessage m = parse(out);
        assertThat(charset(m)).isEqualTo("windows-1252");
        byte[] decoded = decoded(m);
        assertThat(startsWith(decoded, body)).isTrue();
        assertThat(new String(decoded, CP1252)).contains(SMART_DISCLAIMER);
    }

    @Test
    void utf8QuotedPrintableLongLinesGetSoftBreaks() throws Exception {
        String line = "A very long line about the trip = fun, with \u00e9 accents and more words ".repeat(8).strip();
        byte[] body = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] in = message("text/plain; charset=utf-8", "quoted-printable", quotedPrintable(body));
        byte[] out = SMART.stamp(in, JO);
        MimeMessage m = parse(out);
        assertThat(m.getEncoding()).isEqualTo("quoted-printable");
        byte[] raw = rawContent(m);
        assertLinesAtMost(raw, 76);
        assertThat(latin1(raw)).contains("=3D").contains("=C3=A9").contains("=\r\n");
        assertThat(startsWith(decoded(m), body)).isTrue();
        assertThat(text(m)).contains(SMART_DISCLAIMER);
        assertCrlfAndLineLengths(out);
    }

    @Test
    void trailingWhitespaceIsEncodedInQuotedPrintable() throws Exception {
        byte[] body = "Line with trailing space \r\nTab\t\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = STAMPER.stamp(message("text/plain; charset=us-ascii", "quoted-printable",
                quotedPrintable(body)), JO);
        MimeMessage m = parse(out);
        assertThat(latin1(rawContent(m))).startsWith("Line with trailing space=20\r\nTab=09\r\n");
        assertThat(startsWith(decoded(m), body)).isTrue();
    }

    @Test
    void base64PartStaysBase64With76CharacterLines() throws Exception {
        String original = "Bonjour \u00e0 tous, voici la lettre.\r\n".repeat(5);
        byte[] body = original.getBytes(StandardCharsets.UTF_8);
        String b64 = Base64.getMimeEncoder().encodeToString(body) + "\r\n";
        byte[] out = SMART.stamp(message("text/plain; charset=UTF-8", "base64", bytes(b64)), JO);
        MimeMessage m = parse(out);
        assertThat(m.getEncoding()).isEqualTo("base64");
        byte[] raw = rawContent(m);
        for (String l : latin1(raw).split("\r\n")) {
            assertThat(l.length()).isLessThanOrEqualTo(76);
        }
        assertThat(latin1(raw).split("\r\n")[0]).hasSize(76);
        assertThat(text(m)).startsWith(original).contains(SMART_DISCLAIMER);
        assertCrlfAndLineLengths(out);
    }

    @Test
    void asciiPartMovesToUtf8AndQuotedPrintableForANonAsciiDisclaimer() throws Exception {
        byte[] in = message("text/plain; charset=us-ascii; format=flowed", "7bit", bytes("Hello\r\n"));
        StampResult result = SMART.stampWithNotes(in, JO);
        MimeMessage m = parse(result.message());
        ContentType ct = new ContentType(m.getContentType());
        assertThat(ct.getParameter("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(ct.getParameter("format")).isEqualTo("flowed");
        assertThat(m.getEncoding()).isEqualTo("quoted-printable");
        assertThat(text(m)).startsWith("Hello\r\n").contains(SMART_DISCLAIMER);
        assertThat(result.notes()).anyMatch(n -> n.contains("moved to UTF-8"));
        assertCrlfAndLineLengths(result.message());
        // and it is stable
        assertThat(SMART.stampWithNotes(result.message(), JO).changed()).isFalse();
    }

    @Test
    void unlabelledUtf8TextKeepsItsBytesWhenMovedToUtf8() throws Exception {
        byte[] body = "Gr\u00fc\u00dfe aus Oakfield\r\n".getBytes(StandardCharsets.UTF_8);
        String h = "From: a@oakfield.sch.uk\r\nSubject: x\r\n\r\n";
        byte[] out = SMART.stamp(cat(bytes(h), body), JO);
        MimeMessage m = parse(out);
        assertThat(charset(m)).isEqualToIgnoringCase("utf-8");
        assertThat(m.getHeader("MIME-Version", null)).isEqualTo("1.0");
        assertThat(startsWith(decoded(m), body)).isTrue();
        assertThat(latin1(out)).startsWith("From: a@oakfield.sch.uk\r\nSubject: x\r\n");
    }

    @Test
    void htmlInAsciiUsesCharacterReferences() throws Exception {
        byte[] in = message("text/html; charset=us-ascii", "7bit", bytes("<html><body><p>Hi</p></body></html>\r\n"));
        byte[] out = SMART.stamp(in, JO);
        MimeMessage m = parse(out);
        assertThat(charset(m)).isEqualTo("us-ascii");
        assertThat(m.getEncoding()).isEqualTo("7bit");
        String html = text(m);
        assertThat(html).contains("Oakfield&#8217;s").contains("&#8212;").contains("caf&#233;");
        assertThat(htmlText(html)).contains(SMART_DISCLAIMER);
        assertThat(SMART.stampWithNotes(out, JO).changed()).isFalse();
    }

    @Test
    void htmlInLatin1WritesWhatItCanAndReferencesTheRest() throws Exception {
        byte[] in = message("text/html; charset=iso-8859-1", "quoted-printable",
                quotedPrintable("<p>Caf\u00e9</p>\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] out = SMART.stamp(in, JO);
        MimeMessage m = parse(out);
        String html = new String(decoded(m), StandardCharsets.ISO_8859_1);
        assertThat(html).startsWith("<p>Caf\u00e9</p>").contains("Oakfield&#8217;s").contains("caf\u00e9 rules");
    }

    @Test
    void longEightBitLinesSwitchToQuotedPrintable() throws Exception {
        String longLine = "word ".repeat(300).strip();
        byte[] body = ("<p>" + longLine + "</p>\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = STAMPER.stamp(message("text/html; charset=utf-8", "8bit", body), JO);
        MimeMessage m = parse(out);
        assertThat(m.getEncoding()).isEqualTo("quoted-printable");
        assertThat(startsWith(decoded(m), body)).isTrue();
        assertCrlfAndLineLengths(out);
        assertLinesAtMost(rawContent(m), 76);
    }

    @Test
    void invalidUtf8BytesAreKept() throws Exception {
        byte[] body = cat("Broken ".getBytes(), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, bytes("\r\n"));
        byte[] out = SMART.stamp(message("text/plain; charset=utf-8", "8bit", body), JO);
        MimeMessage m = parse(out);
        byte[] decoded = decoded(m);
        assertThat(startsWith(decoded, body)).isTrue();
        assertThat(new String(decoded, StandardCharsets.UTF_8)).contains(SMART_DISCLAIMER);
        assertThat(SMART.stampWithNotes(out, JO).changed()).isFalse();
    }

    @Test
    void iso2022jpTextIsKept() throws Exception {
        Charset jis = Charset.forName("ISO-2022-JP");
        byte[] body = "\u3053\u3093\u306b\u3061\u306f\r\n".getBytes(jis);
        byte[] out = STAMPER.stamp(message("text/plain; charset=ISO-2022-JP", "7bit", body), JO);
        MimeMessage m = parse(out);
        assertThat(startsWith(decoded(m), body)).isTrue();
        assertThat(new String(decoded(m), jis)).startsWith("\u3053\u3093\u306b\u3061\u306f").contains(DISCLAIMER);
        assertThat(m.getEncoding()).isEqualTo("7bit");
    }

    @Test
    void utf16InBase64IsStamped() throws Exception {
        byte[] body = "Hello in UTF-16\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] in = message("text/plain; charset=UTF-16LE", "base64", bytes(Base64.getMimeEncoder().encodeToString(body)
                + "\r\n"));
        MimeMessage m = parse(SMART.stamp(in, JO));
        String t = new String(decoded(m), StandardCharsets.UTF_16LE);
        assertThat(t).startsWith("Hello in UTF-16\r\n").contains(SMART_DISCLAIMER);
    }

    @Test
    void unknownCharsetWithEightBitBytesIsLeftAlone() throws Exception {
        byte[] in = message("text/plain; charset=x-no-such-charset", "8bit", cat(bytes("Caf"), new byte[] {(byte) 0xE9},
                bytes("\r\n")));
        StampResult r = STAMPER.stampWithNotes(in, JO);
        assertThat(r.changed()).isFalse();
        assertThat(r.message()).isEqualTo(in);
        assertThat(r.notes()).anyMatch(n -> n.contains("x-no-such-charset"));
    }

    @Test
    void unknownCharsetWithAsciiTextIsStamped() throws Exception {
        byte[] in = message("text/plain; charset=x-no-such-charset", "7bit", bytes("Plain words\r\n"));
        MimeMessage m = parse(STAMPER.stamp(in, JO));
        assertThat(new String(decoded(m), StandardCharsets.US_ASCII)).contains(DISCLAIMER);
    }

    @Test
    void exactlyOneDisclaimerPerPart() throws Exception {
        byte[] once = SMART.stamp(message("text/plain; charset=iso-8859-1", "quoted-printable",
                quotedPrintable("Caf\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1))), Optional.empty());
        byte[] twice = SMART.stamp(once, Optional.empty());
        assertThat(count(text(parse(twice)), SMART_DISCLAIMER)).isEqualTo(1);
        assertThat(twice).isEqualTo(once);
    }

    static byte[] quotedPrintable(byte[] data) {
        return QuotedPrintable.encode(data);
    }
}
