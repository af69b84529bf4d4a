package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.act.stamp.StampFixtures.DISCLAIMER;
import static uk.schoolgate.act.stamp.StampFixtures.JO;
import static uk.schoolgate.act.stamp.StampFixtures.STAMPER;
import static uk.schoolgate.act.stamp.StampFixtures.assertCrlfAndLineLengths;
import static uk.schoolgate.act.stamp.StampFixtures.bytes;
import static uk.schoolgate.act.stamp.StampFixtures.count;
import static uk.schoolgate.act.stamp.StampFixtures.crlf;
import static uk.schoolgate.act.stamp.StampFixtures.find;
import static uk.schoolgate.act.stamp.StampFixtures.headers;
import static uk.schoolgate.act.stamp.StampFixtures.htmlText;
import static uk.schoolgate.act.stamp.StampFixtures.normalise;
import static uk.schoolgate.act.stamp.StampFixtures.parse;
import static uk.schoolgate.act.stamp.StampFixtures.plainMessage;
import static uk.schoolgate.act.stamp.StampFixtures.signatureText;
import static uk.schoolgate.act.stamp.StampFixtures.text;
import static uk.schoolgate.act.stamp.StampFixtures.textParts;

import jakarta.mail.internet.MimePart;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyLayoutTest {

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = ReplyLayoutTest.class.getResourceAsStream("/stamp/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** new text, then signature, then the history marker, then the disclaimer, which ends the text. */
    private static void assertLayout(String visible, String newText, String historyMarker) {
        int n = find(visible, newText);
        int s = find(visible, signatureText());
        int h = find(visible, historyMarker);
        int d = find(visible, DISCLAIMER);
        assertThat(n).as("new text in %s", visible).isGreaterThanOrEqualTo(0);
        assertThat(s).as("signature after new text in %s", visible).isGreaterThan(n);
        assertThat(h).as("history after signature in %s", visible).isGreaterThan(s);
        assertThat(d).as("disclaimer after history in %s", visible).isGreaterThan(h);
        assertThat(normalise(visible)).endsWith(normalise(DISCLAIMER));
        assertThat(count(visible, DISCLAIMER)).isEqualTo(1);
        assertThat(count(visible, signatureText())).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "outlook-desktop-reply.eml, -----Original Message-----, From: Parent",
        "outlook-web-reply.eml, From: Parent, From: Parent",
        "gmail-reply.eml, 'On Mon, 3 Mar 2025', 'On Mon, 3 Mar 2025'",
        "apple-mail-reply.eml, '> On 3 Mar 2025', 'On 3 Mar 2025'",
        "thunderbird-reply.eml, On 03/03/2025, On 03/03/2025",
    })
    void replyFromClient(String file, String plainMarker, String htmlMarker) throws Exception {
        byte[] in = resource(file);
        StampResult result = STAMPER.stampWithNotes(in, JO);
        assertThat(result.changed()).isTrue();
        List<MimePart> parts = textParts(result.message());
        assertThat(parts).hasSize(2);
        assertLayout(text(parts.get(0)), "Thanks, see you then. Jo", plainMarker);
        String html = text(parts.get(1));
        assertLayout(htmlText(html), "Thanks, see you then.", htmlMarker);
        assertThat(find(htmlText(html), "Is the trip on Friday?")).isLessThan(find(htmlText(html), DISCLAIMER));
        assertCrlfAndLineLengths(result.message());

        StampResult again = STAMPER.stampWithNotes(result.message(), JO);
        assertThat(again.changed()).as("idempotent").isFalse();
        assertThat(again.message()).isEqualTo(result.message());
    }

    @Test
    void outlookDesktopSignatureGoesBeforeTheHeaderBlock() throws Exception {
        String html = text(textParts(STAMPER.stamp(resource("outlook-desktop-reply.eml"), JO)).get(1));
        assertThat(html).contains("<p class=MsoNormal><o:p>&nbsp;</o:p></p><div class=\"schoolgate-signature\">"
                + "<p>Jo Bloggs<br>");
        assertThat(html).contains("</p></div>\r\n<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;");
        assertThat(html).contains("on Friday?<o:p></o:p></p></div><div class=\"schoolgate-disclaimer\">");
        assertThat(html).endsWith("</p></div>\r\n</body></html>");
    }

    @Test
    void outlookWebSignatureGoesBeforeAppendOnSend() throws Exception {
        String html = text(textParts(STAMPER.stamp(resource("outlook-web-reply.eml"), JO)).get(1));
        assertThat(html).contains("</p></div>\r\n<div id=\"appendonsend\"></div>");
        assertThat(html).contains("</div>\r\n<div class=\"schoolgate-disclaimer\">");
    }

    @Test
    void gmailSignatureGoesBeforeTheQuote() throws Exception {
        String html = text(textParts(STAMPER.stamp(resource("gmail-reply.eml"), JO)).get(1));
        assertThat(html).contains("<div>Jo</div></div><br><div class=\"schoolgate-signature\">");
        assertThat(html).contains("</p></div>\r\n<div class=\"gmail_quote gmail_quote_container\">");
    }

    @Test
    void thunderbirdSignatureGoesBeforeTheCitePrefix() throws Exception {
        String html = text(textParts(STAMPER.stamp(resource("thunderbird-reply.eml"), JO)).get(1));
        assertThat(html).contains("</p></div>\r\n<div class=\"moz-cite-prefix\">");
    }

    @Test
    void appleSignatureGoesBeforeTheCitation() throws Exception {
        String html = text(textParts(STAMPER.stamp(resource("apple-mail-reply.eml"), JO)).get(1));
        assertThat(html).contains("</p></div>\r\n<div><br><blockquote type=\"cite\">");
    }

    @Test
    void outlookForwardInPlainText() throws Exception {
        byte[] in = plainMessage(crlf("FYI - see below.", "", "-----Original Message-----",
                "From: Office <office@oakfield.sch.uk>", "Sent: 01 March 2025 08:00", "To: Staff",
                "Subject: Rota", "", "The rota is attached."));
        String body = text(parse(STAMPER.stamp(in, JO)));
        assertLayout(body, "FYI - see below.", "-----Original Message-----");
        assertThat(body).startsWith(crlf("FYI - see below.", "", "Jo Bloggs"));
    }

    @Test
    void gmailForwardWithoutCommentGetsTheSignatureOnTop() throws Exception {
        byte[] in = plainMessage(crlf("---------- Forwarded message ---------",
                "From: Office <office@oakfield.sch.uk>", "Date: Sat, 1 Mar 2025 at 08:00", "Subject: Rota", "",
                "The rota is attached."));
        String body = text(parse(STAMPER.stamp(in, JO)));
        assertThat(body).startsWith(crlf("Jo Bloggs", "Year 3 Teacher"));
        assertThat(normalise(body)).endsWith(normalise(DISCLAIMER));
    }

    @Test
    void plainQuotedReply() throws Exception {
        byte[] in = plainMessage(crlf("Yes, Friday.", "", "> Is the trip on Friday?", "> Thanks"));
        String body = text(parse(STAMPER.stamp(in, JO)));
        assertLayout(body, "Yes, Friday.", "> Is the trip");
        assertThat(body).isEqualTo(crlf("Yes, Friday.", "", "Jo Bloggs", "Year 3 Teacher",
                "Oakfield Primary School", "1 Oak Lane, Exampletown, EX1 2AB", "01234 567890", "",
                "> Is the trip on Friday?", "> Thanks", "", DISCLAIMER));
    }

    @Test
    void bottomPostedReplyGetsTheSignatureAtTheEnd() throws Exception {
        byte[] in = plainMessage(crlf("On Mon, Parent wrote:", "> Is the trip on Friday?", "", "Yes it is."));
        String body = text(parse(STAMPER.stamp(in, JO)));
        assertThat(find(body, "Jo Bloggs")).isGreaterThan(find(body, "Yes it is."));
        assertThat(find(body, DISCLAIMER)).isGreaterThan(find(body, "Jo Bloggs"));
    }

    @Test
    void quotedOldDisclaimerDoesNotStopANewOne() throws Exception {
        byte[] in = plainMessage(crlf("Thanks!", "", "On Mon, Jo Bloggs wrote:", "> Trip on Friday.",
                "> ", "> " + DISCLAIMER));
        String body = text(parse(STAMPER.stamp(in, JO)));
        assertThat(count(body, DISCLAIMER)).isEqualTo(2);
        assertThat(normalise(body)).endsWith(normalise(DISCLAIMER));
        assertThat(body).endsWith("\r\n\r\n" + DISCLAIMER + "\r\n");
    }

    @Test
    void gmailThreadQuotingAnEarlierStampGetsItsOwnDisclaimer() throws Exception {
        String html = "<div dir=\"ltr\">Thanks!</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
                + "On Mon, Jo wrote:<br></div><blockquote class=\"gmail_quote\"><p>Trip on Friday.</p>"
                + "<div class=\"schoolgate-disclaimer\"><p>" + DISCLAIMER + "</p></div></blockquote></div>";
        byte[] in = bytes(headers("text/html; charset=utf-8", null) + "\r\n" + html + "\r\n");
        String out = htmlText(text(parse(STAMPER.stamp(in, Optional.empty()))));
        assertThat(count(out, DISCLAIMER)).isEqualTo(2);
        assertThat(normalise(out)).endsWith(normalise(DISCLAIMER));
    }

    @Test
    void inlineContextGetsInlineMarkup() throws Exception {
        String html = "<html><body><p>Yes.<br>On Mon, Parent wrote:<br>&gt; Is it Friday?</p></body></html>";
        byte[] in = bytes(headers("text/html; charset=utf-8", null) + "\r\n" + html + "\r\n");
        String out = text(parse(STAMPER.stamp(in, JO)));
        assertThat(out).contains("<p>Yes.<br><span class=\"schoolgate-signature\"><br><br>Jo Bloggs<br>");
        assertThat(out).contains("<br><br></span>On Mon, Parent wrote:");
        assertLayout(htmlText(out), "Yes.", "On Mon, Parent wrote:");
    }

    @Test
    void preformattedHtmlHistory() throws Exception {
        String html = "<html><body><pre>Yes.\n\nOn Mon, Parent wrote:\n&gt; Is it Friday?\n</pre></body></html>";
        byte[] in = bytes(headers("text/html; charset=utf-8", null) + "\r\n" + html + "\r\n");
        String out = text(parse(STAMPER.stamp(in, JO)));
        assertThat(out).contains("<pre>Yes.\r\n\r\n<span class=\"schoolgate-signature\">");
        assertLayout(htmlText(out), "Yes.", "On Mon, Parent wrote:");
    }

    @Test
    void clearSignedPgpTextIsOnlyAppendedTo() throws Exception {
        byte[] in = plainMessage(crlf("-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA256", "",
                "Yes, Friday.", "", "> Is the trip on Friday?", "-----BEGIN PGP SIGNATURE-----", "", "abc=",
                "-----END PGP SIGNATURE-----"));
        String body = text(parse(STAMPER.stamp(in, JO)));
        assertThat(body).startsWith(crlf("-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA256", "",
                "Yes, Friday.", "", "> Is the trip on Friday?", "-----BEGIN PGP SIGNATURE-----", "", "abc=",
                "-----END PGP SIGNATURE-----", "", "Jo Bloggs"));
    }
}
