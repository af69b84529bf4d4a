package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.act.stamp.StampFixtures.DISCLAIMER;
import static uk.schoolgate.act.stamp.StampFixtures.JO;
import static uk.schoolgate.act.stamp.StampFixtures.SCHOOL;
import static uk.schoolgate.act.stamp.StampFixtures.STAMPER;
import static uk.schoolgate.act.stamp.StampFixtures.assertCrlfAndLineLengths;
import static uk.schoolgate.act.stamp.StampFixtures.bytes;
import static uk.schoolgate.act.stamp.StampFixtures.count;
import static uk.schoolgate.act.stamp.StampFixtures.crlf;
import static uk.schoolgate.act.stamp.StampFixtures.find;
import static uk.schoolgate.act.stamp.StampFixtures.headers;
import static uk.schoolgate.act.stamp.StampFixtures.htmlText;
import static uk.schoolgate.act.stamp.StampFixtures.latin1;
import static uk.schoolgate.act.stamp.StampFixtures.parse;
import static uk.schoolgate.act.stamp.StampFixtures.plainMessage;
import static uk.schoolgate.act.stamp.StampFixtures.signatureText;
import static uk.schoolgate.act.stamp.StampFixtures.text;
import static uk.schoolgate.act.stamp.StampFixtures.textParts;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.schoolgate.config.StampSettings;

class BasicStampTest {

    @Test
    void plainTextGetsSignatureThenDisclaimerAtTheEnd() throws Exception {
        byte[] in = plainMessage(crlf("Dear parents,", "", "The trip is on Friday.", "", "Thanks"));
        StampResult result = STAMPER.stampWithNotes(in, JO);

        assertThat(result.changed()).isTrue();
        String body = text(parse(result.message()));
        assertThat(body).isEqualTo(crlf("Dear parents,", "", "The trip is on Friday.", "", "Thanks", "",
                "Jo Bloggs", "Year 3 Teacher", "Oakfield Primary School", "1 Oak Lane, Exampletown, EX1 2AB",
                "01234 567890", "", DISCLAIMER));
        assertCrlfAndLineLengths(result.message());
    }

    @Test
    void topLevelHeadersStayAsTheyWere() throws Exception {
        byte[] in = plainMessage(crlf("Hello"));
        byte[] out = STAMPER.stamp(in, JO);
        int headerEnd = latin1(in).indexOf("\r\n\r\n") + 4;
        assertThat(latin1(out)).startsWith(latin1(in).substring(0, headerEnd));
        MimeMessage before = parse(in);
        MimeMessage after = parse(out);
        assertThat(Collections.list(after.getAllHeaderLines())).isEqualTo(Collections.list(before.getAllHeaderLines()));
    }

    @Test
    void htmlGetsMarkupInsideBody() throws Exception {
        String html = crlf("<html><head><style>p{margin:0}</style></head>",
                "<body><p>Dear parents,</p><p>The trip is on <b>Friday</b>.</p></body>", "</html>");
        byte[] in = bytes(headers("text/html; charset=utf-8", "7bit") + "\r\n" + html);
        byte[] out = STAMPER.stamp(in, JO);

        String stamped = text(parse(out));
        int bodyEnd = stamped.indexOf("</body>");
        assertThat(stamped.indexOf("Jo Bloggs")).isBetween(stamped.indexOf("Friday"), bodyEnd);
        assertThat(stamped.indexOf(DISCLAIMER)).isBetween(stamped.indexOf("Jo Bloggs"), bodyEnd);
        // the sender's markup is untouched around the insertion
        assertThat(stamped).startsWith("<html><head><style>p{margin:0}</style></head>\r\n"
                + "<body><p>Dear parents,</p><p>The trip is on <b>Friday</b>.</p>");
        assertThat(stamped).endsWith("</body>\r\n</html>\r\n");
        assertThat(stamped).contains("Jo Bloggs<br>Year 3 Teacher<br>Oakfield Primary School<br>");
        String visible = htmlText(stamped);
        assertThat(count(visible, DISCLAIMER)).isEqualTo(1);
        assertCrlfAndLineLengths(out);
    }

    @Test
    void htmlTextIsEscaped() throws Exception {
        Stamper stamper = new Stamper(StampSettings.defaults(), "Pupils & parents: <confidential>", SCHOOL);
        byte[] in = bytes(headers("text/html; charset=utf-8", null) + "\r\n<p>Hi</p>\r\n");
        String stamped = text(parse(stamper.stamp(in, Optional.empty())));
        assertThat(stamped).contains("Pupils &amp; parents: &lt;confidential&gt;");
        assertThat(htmlText(stamped)).contains("Pupils & parents: <confidential>");
    }

    @Test
    void htmlWithoutBodyTagGetsItAtTheEnd() throws Exception {
        byte[] in = bytes(headers("text/html; charset=utf-8", null) + "\r\n<div>Hello</div>\r\n");
        String stamped = text(parse(STAMPER.stamp(in, JO)));
        assertThat(stamped).startsWith("<div>Hello</div>\r\n<div class=\"schoolgate-signature\">");
        assertThat(stamped.trim()).endsWith("</p></div>");
        assertThat(stamped.indexOf(DISCLAIMER)).isGreaterThan(stamped.indexOf("01234 567890"));
    }

    @Test
    void bothHalvesOfAlternativeAreStamped() throws Exception {
        String raw = headers("multipart/alternative; boundary=\"alt\"", null) + "\r\n"
                + crlf("--alt", "Content-Type: text/plain; charset=utf-8", "", "Hello", "--alt",
                "Content-Type: text/html; charset=utf-8", "", "<html><body><p>Hello</p></body></html>", "--alt--");
        byte[] out = STAMPER.stamp(bytes(raw), JO);
        List<MimePart> parts = textParts(out);
        assertThat(parts).hasSize(2);
        String plain = text(parts.get(0));
        String html = htmlText(text(parts.get(1)));
        for (String t : List.of(plain, html)) {
            assertThat(count(t, DISCLAIMER)).isEqualTo(1);
            assertThat(count(t, signatureText())).isEqualTo(1);
            assertThat(find(t, DISCLAIMER)).isGreaterThan(find(t, "01234 567890"));
        }
        assertCrlfAndLineLengths(out);
    }

    @Test
    void unknownSenderGetsOnlyTheDisclaimer() throws Exception {
        byte[] out = STAMPER.stamp(plainMessage(crlf("Hello")), Optional.empty());
        String body = text(parse(out));
        assertThat(body).contains(DISCLAIMER).doesNotContain("Jo Bloggs").doesNotContain("Oakfield Primary");
    }

    @Test
    void switchesAreRespected() throws Exception {
        byte[] in = plainMessage(crlf("Hello"));
        String onlySignature = text(parse(new Stamper(new StampSettings(false, true,
                StampSettings.SignedMessages.WRAP), DISCLAIMER, SCHOOL).stamp(in, JO)));
        assertThat(onlySignature).contains("Jo Bloggs").doesNotContain(DISCLAIMER);
        String onlyDisclaimer = text(parse(new Stamper(new StampSettings(true, false,
                StampSettings.SignedMessages.WRAP), DISCLAIMER, SCHOOL).stamp(in, JO)));
        assertThat(onlyDisclaimer).contains(DISCLAIMER).doesNotContain("Jo Bloggs");
        StampResult none = new Stamper(new StampSettings(false, false, StampSettings.SignedMessages.WRAP),
                DISCLAIMER, SCHOOL).stampWithNotes(in, JO);
        assertThat(none.changed()).isFalse();
        assertThat(none.message()).isSameAs(in);
    }

    @Test
    void blankDisclaimerAndMissingJobTitleAreLeftOut() throws Exception {
        Stamper stamper = new Stamper(StampSettings.defaults(), "  \n ", SCHOOL);
        var staff = Optional.of(new uk.schoolgate.config.StaffMember("a@oakfield.sch.uk", "Sam Lee", "", false,
                false));
        String body = text(parse(stamper.stamp(plainMessage(crlf("Hi")), staff)));
        assertThat(body).isEqualTo(crlf("Hi", "", "Sam Lee", "Oakfield Primary School",
                "1 Oak Lane, Exampletown, EX1 2AB", "01234 567890"));
    }

    @Test
    void stampingTwiceChangesNothing() throws Exception {
        String raw = headers("multipart/alternative; boundary=\"alt\"", null) + "\r\n"
                + crlf("--alt", "Content-Type: text/plain; charset=utf-8", "", "Hello", "--alt",
                "Content-Type: text/html; charset=utf-8", "", "<html><body><p>Hello</p></body></html>", "--alt--");
        byte[] once = STAMPER.stamp(bytes(raw), JO);
        StampResult twice = STAMPER.stampWithNotes(once, JO);
        assertThat(twice.changed()).isFalse();
        assertThat(twice.message()).isEqualTo(once);
    }

    @Test
    void disclaimerAlreadyTypedByTheSenderIsNotRepeated() throws Exception {
        byte[] in = plainMessage(crlf("Hello", "", "this email and any attachments are CONFIDENTIAL",
                "and intended only for the addressee.", "", "Jo"));
        String body = text(parse(STAMPER.stamp(in, JO)));
        assertThat(count(body, DISCLAIMER)).isEqualTo(1);
        assertThat(body).contains("Jo Bloggs");
    }

    @Test
    void signatureAlreadyAtTheEndOfTheNewTextIsNotRepeated() throws Exception {
        byte[] in = plainMessage(crlf("Hello", "", "Jo Bloggs", "Year 3 Teacher", "Oakfield Primary School",
                "1 Oak Lane, Exampletown,  EX1 2AB", "01234 567890"));
        String body = text(parse(STAMPER.stamp(in, JO)));
        assertThat(count(body, signatureText())).isEqualTo(1);
        assertThat(count(body, DISCLAIMER)).isEqualTo(1);
    }

    @Test
    void signatureAddedLaterGoesAboveAnExistingDisclaimer() throws Exception {
        byte[] disclaimed = STAMPER.stamp(plainMessage(crlf("Hello")), Optional.empty());
        byte[] signed = STAMPER.stamp(disclaimed, JO);
        String body = text(parse(signed));
        assertThat(count(body, DISCLAIMER)).isEqualTo(1);
        assertThat(find(body, "Jo Bloggs")).isBetween(find(body, "Hello"), find(body, DISCLAIMER));
    }

    @Test
    void multilineDisclaimerInHtmlUsesLineBreaks() throws Exception {
        String disclaimer = "Line one of the notice.\n\nLine two of the notice.";
        Stamper stamper = new Stamper(StampSettings.defaults(), disclaimer, SCHOOL);
        byte[] in = bytes(headers("text/html; charset=utf-8", null) + "\r\n<body><p>Hi</p></body>\r\n");
        byte[] once = stamper.stamp(in, JO);
        assertThat(text(parse(once))).contains("Line one of the notice.<br><br>Line two of the notice.");
        assertThat(stamper.stampWithNotes(once, JO).changed()).isFalse();
    }
}
