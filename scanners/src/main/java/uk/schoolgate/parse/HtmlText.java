package uk.schoolgate.parse;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML body to plain text for the detectors: block elements and {@code <br>} become line breaks,
 * table cells are separated by tabs and rows by line breaks (so a pasted class list reads as rows),
 * scripts, styles and the head are dropped. Also reports where quoted reply history starts.
 */
public final class HtmlText {
    /** The text, and the offset where quoted history starts ({@code text.length()} if none). */
    public record Result(String text, int quoteStart) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "hr", "pre", "section", "article", "header", "footer", "dl", "dt",
            "dd", "address", "center", "caption", "thead", "tbody", "tfoot", "form", "fieldset", "title");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "object",
            "svg", "iframe");

    private HtmlText() {
    }

    public static Result convert(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder(html.length() / 2);
        int[] quoteStart = {-1};
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (skipDepth > 0 || SKIPPED.contains(tag)) {
                        skipDepth++;
                        return;
                    }
                    if (quoteStart[0] < 0 && isQuoteContainer(e)) {
                        newline(out);
                        quoteStart[0] = out.length();
                    }
                    if (tag.equals("td") || tag.equals("th")) {
                        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                            out.append('\t');
                        }
                    } else if (BLOCKS.contains(tag)) {
                        newline(out);
                    }
                } else if (node instanceof TextNode t && skipDepth == 0) {
                    appendText(out, t.getWholeText(), inPre(t));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skipDepth > 0) {
                        skipDepth--;
                        return;
                    }
                    if (BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                        newline(out);
                    }
                }
            }
        }, doc);
        String text = out.toString().strip();
        int offset = out.length() - out.toString().stripLeading().length();
        int quote = quoteStart[0] < 0 ? text.length() : Math.max(0, Math.min(text.length(), quoteStart[0] - offset));
        quote = Math.min(quote, QuotedHistory.start(text));
        return new Result(text, quote);
    }

    private static boolean inPre(TextNode t) {
        for (Node n = t.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Outlook, Gmail, Apple Mail and Thunderbird wrap the quoted history in these. */
    public static boolean isQuoteContainer(Element e) {
        String id = e.id();
        return e.hasClass("gmail_quote") || e.hasClass("moz-cite-prefix") || e.hasClass("OutlookMessageHeader")
                || e.hasClass("yahoo_quoted") || id.equals("divRplyFwdMsg") || id.equals("appendonsend")
                || id.equals("mail-editor-reference-message-container")
                || (e.normalName().equals("blockquote") && "cite".equalsIgnoreCase(e.attr("type")));
    }

    private static void newline(StringBuilder out) {
        int len = out.length();
        while (len > 0 && (out.charAt(len - 1) == ' ' || out.charAt(len - 1) == '\t')) {
            len--;
        }
        out.setLength(len);
        if (len > 0 && out.charAt(len - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void appendText(StringBuilder out, String text, boolean pre) {
        if (pre) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (space) {
                int len = out.length();
                if (len > 0 && !Character.isWhitespace(out.charAt(len - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }
}
