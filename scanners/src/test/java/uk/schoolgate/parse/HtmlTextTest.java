package uk.schoolgate.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void blocksBreaksAndEntities() {
        HtmlText.Result r = HtmlText.convert("<html><head><style>p{}</style><title>t</title></head><body>"
                + "<p>Dear&nbsp;Mrs Khan,</p><div>Line one<br>Line two</div><script>alert(1)</script></body></html>");
        assertThat(r.text()).isEqualTo("Dear Mrs Khan,\nLine one\nLine two");
        assertThat(r.quoteStart()).isEqualTo(r.text().length());
    }

    @Test
    void gmailQuoteStartsTheHistory() {
        HtmlText.Result r = HtmlText.convert("<div>Thanks</div><div class=\"gmail_quote\">On Mon Jo wrote:"
                + "<blockquote>old</blockquote></div>");
        assertThat(r.text().substring(r.quoteStart())).startsWith("On Mon Jo wrote:");
        assertThat(r.text().substring(0, r.quoteStart()).strip()).isEqualTo("Thanks");
    }

    @Test
    void outlookReplyDivStartsTheHistory() {
        HtmlText.Result r = HtmlText.convert("<p>Fine</p><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Jo<br><b>Sent:</b> today</div><p>old</p>");
        assertThat(r.text().substring(0, r.quoteStart()).strip()).isEqualTo("Fine");
    }
}
