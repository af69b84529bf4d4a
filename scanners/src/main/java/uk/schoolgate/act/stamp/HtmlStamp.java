package uk.schoolgate.act.stamp;

import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Adds the signature and disclaimer to an HTML body by splicing simple markup into the source
 * text at offsets found by {@link HtmlLayout}; nothing else in the document changes.
 *
 * <p>The signature goes just before the quoted history (the first quote container such as
 * {@code div.gmail_quote}, {@code blockquote type=cite}, {@code div.moz-cite-prefix},
 * {@code #appendonsend} / {@code #divRplyFwdMsg}, or the block that starts with a text marker such
 * as Outlook's "From: ... Sent:" header or "On ... wrote:"); without history it goes at the end.
 * The disclaimer goes just before {@code </body>} (at the end of the document when there is no body
 * tag), so it closes the message. Markup: a {@code <div>} holding a {@code <p>} with {@code <br>}
 * between lines; inside a paragraph or inline element, a {@code <span>} with {@code <br>}s instead,
 * so no block element is put where the HTML parser would move it.
 *
 * <p>Exactly once, comparing against the text content: the disclaimer is not added when the new
 * text (above the history) already contains it, or when the text outside quote containers ends
 * with it. The signature is not added when the new text, less a disclaimer at its end, already
 * ends with it.
 */
final class HtmlStamp {
    static final String SIGNATURE_CLASS = "schoolgate-signature";
    static final String DISCLAIMER_CLASS = "schoolgate-disclaimer";

    private HtmlStamp() {
    }

    static Insertion apply(String html, StampText stamp, StampRepresentation rep) {
        HtmlLayout layout = HtmlLayout.of(html);
        Phrase disclaimer = forms(stamp.disclaimer(), rep);
        Phrase signature = forms(stamp.signatureText(), rep);
        String text = layout.text();
        HtmlLayout.History history = layout.history();
        String newText = text.substring(0, history.textOffset());

        boolean needDisclaimer = disclaimer != null && disclaimer.endingAt(layout.textOutsideQuotes()) < 0
                && !disclaimer.occursIn(newText);
        boolean needSignature = false;
        if (signature != null) {
            String scope = newText;
            if (disclaimer != null) {
                int d = disclaimer.endingAt(scope);
                if (d >= 0) {
                    scope = scope.substring(0, d);
                }
            }
            needSignature = signature.endingAt(scope) < 0;
        }
        if (!needSignature && !needDisclaimer) {
            return Insertion.unchanged();
        }
        int closing = layout.closingOffset();
        StringBuilder out = new StringBuilder(html.length() + 512);
        if (needSignature) {
            HtmlLayout.Anchor at = history.anchor();
            if (at == null && disclaimer != null) {
                int d = disclaimer.endingAt(text);
                if (d >= 0) {
                    at = layout.anchorAtText(d);
                }
            }
            if (at != null && at.source() < closing) {
                out.append(html, 0, at.source());
                out.append(rep.html(signatureMarkup(stamp.signatureLines(), at.inline())));
                out.append(html, at.source(), closing);
            } else {
                out.append(html, 0, closing);
                out.append(rep.html(signatureMarkup(stamp.signatureLines(), false)));
            }
        } else {
            out.append(html, 0, closing);
        }
        if (needDisclaimer) {
            out.append(rep.html(disclaimerMarkup(stamp.disclaimer())));
        }
        out.append(html, closing, html.length());
        return new Insertion(out.toString(), false, needSignature, needDisclaimer);
    }

    static String signatureMarkup(List<String> lines, boolean inline) {
        String body = String.join("<br>", lines.stream().map(HtmlStamp::escape).toList());
        if (inline) {
            return "<span class=\"" + SIGNATURE_CLASS + "\"><br><br>" + body + "<br><br></span>";
        }
        return "<div class=\"" + SIGNATURE_CLASS + "\"><p>" + body + "</p></div>\n";
    }

    static String disclaimerMarkup(String disclaimer) {
        String body = escape(disclaimer).replace("\n", "<br>");
        return "<div class=\"" + DISCLAIMER_CLASS + "\"><p>" + body + "</p></div>\n";
    }

    /** Text made safe for HTML element content. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The forms the text can have in the part: as configured, and as this part's charset writes it. */
    private static Phrase forms(String text, StampRepresentation rep) {
        if (text == null) {
            return null;
        }
        String written = Parser.unescapeEntities(rep.html(escape(text)), false);
        String degraded = rep.degrade(text);
        return Phrase.anyOf(text, written, degraded, rep.plain(text), rep.plain(degraded));
    }
}
