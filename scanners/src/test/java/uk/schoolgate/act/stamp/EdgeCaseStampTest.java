package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.act.stamp.StampFixtures.DISCLAIMER;
import static uk.schoolgate.act.stamp.StampFixtures.JO;
import static uk.schoolgate.act.stamp.StampFixtures.STAMPER;
import static uk.schoolgate.act.stamp.StampFixtures.bytes;
import static uk.schoolgate.act.stamp.StampFixtures.count;
import static uk.schoolgate.act.stamp.StampFixtures.crlf;
import static uk.schoolgate.act.stamp.StampFixtures.headers;
import static uk.schoolgate.act.stamp.StampFixtures.htmlText;
import static uk.schoolgate.act.stamp.StampFixtures.leaves;
import static uk.schoolgate.act.stamp.StampFixtures.normalise;
import static uk.schoolgate.act.stamp.StampFixtures.parse;
import static uk.schoolgate.act.stamp.StampFixtures.text;

import jakarta.mail.internet.MimePart;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EdgeCaseStampTest {

    @Test
    void nestedBodyTagsOfAForwardedPageDoNotStopTheDisclaimerShort() throws Exception {
        String html = "<html><body><p>See below.</p><div class=\"gmail_quote\"><html><body><p>Old</p></body></html>"
                + "<p>More old</p></div></body></html>";
        byte[] in = bytes(headers("text/html; charset=utf-8", null) + "\r\n" + html + "\r\n");
        String out = text(parse(STAMPER.stamp(in, JO)));
        assertThat(out).endsWith("<div class=\"schoolgate-disclaimer\"><p>" + DISCLAIMER
                + "</p></div>\r\n</body></html>\r\n");
        assertThat(normalise(htmlText(out))).endsWith(normalise(DISCLAIMER));
    }

    @Test
    void closingTagInATrailingCommentIsNotUsed() throws Exception {
        String html = "<p>Hello</p>\r\n<!-- generated: </body></html> -->\r\n";
        byte[] in = bytes(headers("text/html; charset=utf-8", null) + "\r\n" + html);
        String out = text(parse(STAMPER.stamp(in, JO)));
        assertThat(out).startsWith("<p>Hello</p>\r\n<!-- generated: </body></html> -->\r\n<div class=\"schoolgate-");
        assertThat(count(htmlText(out), DISCLAIMER)).isEqualTo(1);
    }

    @Test
    void relatedRootNamedByStartParameter() throws Exception {
        String raw = headers("multipart/related; boundary=\"r\"; start=\"<root@x>\"; type=\"text/html\"", null)
                + "\r\n" + crlf("--r", "Content-Type: text/css", "Content-ID: <css@x>", "", "p{}",
                "--r", "Content-Type: text/html; charset=utf-8", "Content-ID: <root@x>", "",
                "<html><body>Hi</body></html>", "--r--");
        List<MimePart> parts = leaves(parse(STAMPER.stamp(bytes(raw), JO)));
        assertThat(text(parts.get(0))).isEqualTo("p{}");
        assertThat(count(htmlText(text(parts.get(1))), DISCLAIMER)).isEqualTo(1);
    }

    @Test
    void alternativeInsideMixedInsideRelated() throws Exception {
        String raw = headers("multipart/mixed; boundary=\"m\"", null) + "\r\n"
                + crlf("--m", "Content-Type: multipart/related; boundary=\"r\"", "",
                "--r", "Content-Type: multipart/alternative; boundary=\"a\"", "",
                "--a", "Content-Type: text/plain", "", "Hi", "--a", "Content-Type: text/html", "",
                "<p>Hi</p>", "--a--", "--r", "Content-Type: image/png", "Content-ID: <i>", "", "PNG", "--r--",
                "--m", "Content-Type: application/pdf; name=a.pdf", "", "%PDF", "--m--");
        List<MimePart> parts = leaves(parse(STAMPER.stamp(bytes(raw), JO)));
        assertThat(parts).hasSize(4);
        assertThat(count(text(parts.get(0)), DISCLAIMER)).isEqualTo(1);
        assertThat(count(htmlText(text(parts.get(1))), DISCLAIMER)).isEqualTo(1);
        assertThat(text(parts.get(2))).isEqualTo("PNG");
        assertThat(text(parts.get(3))).isEqualTo("%PDF");
    }

    @Test
    void deeplyNestedHtmlIsStamped() throws Exception {
        String html = "<html><body>" + "<div>".repeat(5000) + "Hi<br>On Mon, Parent wrote:<br>&gt; x"
                + "</div>".repeat(5000) + "</body></html>";
        byte[] in = bytes(headers("text/html; charset=utf-8", "quoted-printable") + "\r\n"
                + new String(QuotedPrintable.encode(html.getBytes()), "ISO-8859-1") + "\r\n");
        StampResult r = STAMPER.stampWithNotes(in, JO);
        assertThat(r.changed()).as(r.notes().toString()).isTrue();
        assertThat(count(htmlText(text(parse(r.message()))), DISCLAIMER)).isEqualTo(1);
    }

    @Test
    void stampingIsThreadSafe() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        for (String f : List.of("outlook-desktop-reply.eml", "outlook-web-reply.eml", "gmail-reply.eml",
                "apple-mail-reply.eml", "thunderbird-reply.eml")) {
            try (InputStream in = getClass().getResourceAsStream("/stamp/" + f)) {
                inputs.add(in.readAllBytes());
            }
        }
        List<byte[]> expected = inputs.stream().map(b -> STAMPER.stamp(b, JO)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < inputs.size(); i++) {
                    int k = i;
                    results.add(pool.submit(() -> java.util.Arrays.equals(STAMPER.stamp(inputs.get(k), JO),
                            expected.get(k))));
                }
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
