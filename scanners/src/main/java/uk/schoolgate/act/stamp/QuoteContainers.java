package uk.schoolgate.act.stamp;

import org.jsoup.nodes.Element;
import uk.schoolgate.parse.HtmlText;

/**
 * The HTML elements that hold quoted reply history (Gmail's {@code div.gmail_quote}, Apple Mail's
 * {@code blockquote type=cite}, Thunderbird's {@code moz-cite-prefix}, Outlook web's
 * {@code divRplyFwdMsg} / {@code appendonsend}...). There is one definition of these, in
 * {@link HtmlText#isQuoteContainer}, shared with the detectors so that the signature goes where
 * offensive-language scanning stops.
 */
final class QuoteContainers {
    private QuoteContainers() {
    }

    static boolean test(Element e) {
        return HtmlText.isQuoteContainer(e);
    }
}
