package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.act.stamp.StampFixtures.DISCLAIMER;
import static uk.schoolgate.act.stamp.StampFixtures.JO;
import static uk.schoolgate.act.stamp.StampFixtures.STAMPER;
import static uk.schoolgate.act.stamp.StampFixtures.assertCrlfAndLineLengths;
import static uk.schoolgate.act.stamp.StampFixtures.bytes;
import static uk.schoolgate.act.stamp.StampFixtures.count;
import static uk.schoolgate.act.stamp.StampFixtures.crlf;
import static uk.schoolgate.act.stamp.StampFixtures.decoded;
import static uk.schoolgate.act.stamp.StampFixtures.headerLines;
import static uk.schoolgate.act.stamp.StampFixtures.headers;
import static uk.schoolgate.act.stamp.StampFixtures.htmlText;
import static uk.schoolgate.act.stamp.StampFixtures.indexOf;
import static uk.schoolgate.act.stamp.StampFixtures.leaves;
import static uk.schoolgate.act.stamp.StampFixtures.parse;
import static uk.schoolgate.act.stamp.StampFixtures.rawContent;
import static uk.schoolgate.act.stamp.StampFixtures.text;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentStampTest {

    private static String base64Lines(byte[] data) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes()).encodeToString(data);
    }

    private static byte[] pdf() {
        byte[] b = new byte[3000];
        new Random(42).nextBytes(b);
        byte[] head = "%PDF-1.7\n".getBytes();
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    private static byte[] zip(String entry, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** Each attachment entity of {@code in} appears in {@code out} byte for byte, and parses the same. */
    private static void assertAttachmentsIdentical(byte[] in, byte[] out, List<String> names) throws Exception {
        List<MimePart> before = leaves(parse(in));
        List<MimePart> after = leaves(parse(out));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            MimePart b = before.get(i);
            String name = b.getFileName();
            if (name == null || !names.contains(name)) {
                continue;
            }
            MimePart a = after.get(i);
            assertThat(a.getFileName()).isEqualTo(name);
            assertThat(headerLines(a)).as(name).isEqualTo(headerLines(b));
            assertThat(rawContent(a)).as(name).isEqualTo(rawContent(b));
            assertThat(decoded(a)).as(name).isEqualTo(decoded(b));
            // the whole entity, headers and encoded body, is in the output unchanged
            byte[] entity = bytes(String.join("\r\n", headerLines(b)) + "\r\n\r\n");
            assertThat(indexOf(out, entity)).as(name + " headers").isGreaterThanOrEqualTo(0);
            assertThat(indexOf(out, rawContent(b))).as(name + " body").isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void mixedWithPdfDocxAndZipAttachments() throws Exception {
        byte[] pdf = pdf();
        byte[] docx = zip("word/document.xml", "<w:document>Class list</w:document>");
        byte[] zip = zip("photos/readme.txt", "photos");
        String raw = headers("multipart/mixed; boundary=\"mix\"", null) + "\r\n"
                + "This is a multi-part message in MIME format.\r\n"
                + crlf("--mix",
                "Content-Type: multipart/alternative; boundary=\"alt\"", "",
                "--alt", "Content-Type: text/plain; charset=us-ascii", "", "Please see the letter.", "--alt",
                "Content-Type: text/html; charset=us-ascii", "",
                "<html><body><p>Please see the letter.</p></body></html>", "--alt--", "",
                "--mix",
                "Content-Type: application/pdf; name=\"letter.pdf\"",
                "Content-Disposition: attachment; filename=\"letter.pdf\"",
                "Content-Transfer-Encoding: base64", "", base64Lines(pdf), "",
                "--mix",
                "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;",
                "\tname=\"Class list.docx\"",
                "Content-Disposition: attachment;", "\tfilename=\"Class list.docx\"",
                "Content-Transfer-Encoding: base64", "", base64Lines(docx),
                "--mix",
                "Content-Type: application/zip; name=photos.zip",
                "Content-Transfer-Encoding: base64", "", base64Lines(zip),
                "--mix--", "epilogue text");
        byte[] in = bytes(raw);
        StampResult result = STAMPER.stampWithNotes(in, JO);
        byte[] out = result.message();
        assertThat(result.changed()).isTrue();
        assertAttachmentsIdentical(in, out, List.of("letter.pdf", "Class list.docx", "photos.zip"));

        MimeMessage m = parse(out);
        Multipart mixed = (Multipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(4);
        Multipart alt = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(count(text(alt.getBodyPart(0)), DISCLAIMER)).isEqualTo(1);
        assertThat(count(htmlText(text(alt.getBodyPart(1))), DISCLAIMER)).isEqualTo(1);
        assertThat(decoded(mixed.getBodyPart(1))).isEqualTo(pdf);
        assertThat(decoded(mixed.getBodyPart(2))).isEqualTo(docx);
        assertThat(decoded(mixed.getBodyPart(3))).isEqualTo(zip);
        // preamble and epilogue stay
        assertThat(new String(out)).contains("This is a multi-part message in MIME format.\r\n--mix\r\n")
                .endsWith("--mix--\r\nepilogue text\r\n");
        assertCrlfAndLineLengths(out);
    }

    @Test
    void relatedWithInlineImage() throws Exception {
        byte[] png = new byte[500];
        new Random(7).nextBytes(png);
        String raw = headers("multipart/related; boundary=\"rel\"; type=\"text/html\"", null) + "\r\n"
                + crlf("--rel", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 7bit", "",
                "<html><body><p>Our class photo:</p><img src=\"cid:photo1\"></body></html>",
                "--rel", "Content-Type: image/png", "Content-ID: <photo1>", "Content-Disposition: inline",
                "Content-Transfer-Encoding: base64", "", base64Lines(png), "--rel--");
        byte[] in = bytes(raw);
        byte[] out = STAMPER.stamp(in, JO);
        List<MimePart> before = leaves(parse(in));
        List<MimePart> after = leaves(parse(out));
        assertThat(count(htmlText(text(after.get(0))), DISCLAIMER)).isEqualTo(1);
        assertThat(headerLines(after.get(1))).isEqualTo(headerLines(before.get(1)));
        assertThat(rawContent(after.get(1))).isEqualTo(rawContent(before.get(1)));
        assertThat(decoded(after.get(1))).isEqualTo(png);
    }

    @Test
    void textAttachmentIsNotStamped() throws Exception {
        String raw = headers("multipart/mixed; boundary=\"b1\"", null) + "\r\n"
                + crlf("--b1", "Content-Type: text/plain; charset=us-ascii", "", "Notes attached.", "",
                "--b1", "Content-Type: text/plain; charset=us-ascii; name=\"notes.txt\"",
                "Content-Disposition: attachment; filename=\"notes.txt\"", "", "Meeting notes", "line 2",
                "--b1--");
        byte[] in = bytes(raw);
        byte[] out = STAMPER.stamp(in, JO);
        assertAttachmentsIdentical(in, out, List.of("notes.txt"));
        List<MimePart> after = leaves(parse(out));
        assertThat(text(after.get(0))).contains(DISCLAIMER);
        assertThat(text(after.get(1))).isEqualTo("Meeting notes\r\nline 2").doesNotContain("Jo Bloggs");
    }

    @Test
    void namedInlineTextAfterTheBodyIsAnAttachmentToo() throws Exception {
        String raw = headers("multipart/mixed; boundary=\"b1\"", null) + "\r\n"
                + crlf("--b1", "Content-Type: text/plain", "", "Body.",
                "--b1", "Content-Type: text/plain; name=\"rota.txt\"", "Content-Disposition: inline", "",
                "Rota", "--b1--");
        byte[] out = STAMPER.stamp(bytes(raw), JO);
        List<MimePart> after = leaves(parse(out));
        assertThat(text(after.get(0))).contains(DISCLAIMER);
        assertThat(text(after.get(1))).isEqualTo("Rota");
    }

    @Test
    void attachedMessageIsNeverModified() throws Exception {
        String inner = crlf("From: someone@example.com", "Subject: original", "Content-Type: text/plain", "",
                "The forwarded text.");
        String raw = headers("multipart/mixed; boundary=\"b2\"", null) + "\r\n"
                + crlf("--b2", "Content-Type: text/plain; charset=us-ascii", "", "Forwarding this.",
                "--b2", "Content-Type: message/rfc822", "Content-Disposition: attachment; filename=\"fwd.eml\"", "")
                + inner + crlf("--b2--");
        byte[] in = bytes(raw);
        byte[] out = STAMPER.stamp(in, JO);
        assertThat(indexOf(out, bytes(inner))).isGreaterThanOrEqualTo(0);
        MimeMessage m = parse(out);
        MimePart attached = (MimePart) ((Multipart) m.getContent()).getBodyPart(1);
        MimeMessage innerMessage = (MimeMessage) attached.getContent();
        assertThat(text(innerMessage)).isEqualTo("The forwarded text.");
        assertThat(text(((Multipart) m.getContent()).getBodyPart(0))).contains(DISCLAIMER);
    }

    @Test
    void splitAppleBodyIsStampedOnceAtItsEnd() throws Exception {
        byte[] png = new byte[64];
        String raw = headers("multipart/mixed; boundary=\"ap\"", null) + "\r\n"
                + crlf("--ap", "Content-Type: text/plain; charset=us-ascii", "", "Look at this:",
                "--ap", "Content-Type: image/png", "Content-Disposition: inline", "Content-Transfer-Encoding: base64",
                "", base64Lines(png),
                "--ap", "Content-Type: text/plain; charset=us-ascii", "", "Isn't it lovely?", "--ap--");
        byte[] out = STAMPER.stamp(bytes(raw), JO);
        List<MimePart> after = leaves(parse(out));
        assertThat(text(after.get(0))).isEqualTo("Look at this:");
        assertThat(count(text(after.get(2)), DISCLAIMER)).isEqualTo(1);
        assertThat(text(after.get(2))).contains("Jo Bloggs");
    }

    @Test
    void singleAttachmentMessageIsLeftAlone() throws Exception {
        String raw = headers("application/pdf; name=x.pdf", "base64") + "\r\n" + base64Lines(pdf()) + "\r\n";
        StampResult r = STAMPER.stampWithNotes(bytes(raw), JO);
        assertThat(r.changed()).isFalse();
        assertThat(r.notes()).anyMatch(n -> n.contains("no body text part"));
    }
}
