package uk.schoolgate.act.stamp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import uk.schoolgate.parse.QuotedHistory;

/**
 * An HTML body read for stamping: its text as a reader sees it (block elements and {@code <br>}
 * as line breaks), and for places in that text the offset in the HTML source where a block can be
 * inserted. jsoup is used only to read: it parses with source positions, and the stamp is then
 * spliced into the original source at those offsets, so the sender's markup stays as it was.
 */
final class HtmlLayout {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "hr", "pre", "section", "article", "header", "footer", "dl", "dt",
            "dd", "address", "center", "caption", "thead", "tbody", "tfoot", "form", "fieldset", "title");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "object",
            "svg", "iframe", "title");
    /** Elements that may only hold phrasing content: a {@code <div>} must not be put inside them. */
    private static final Set<String> PHRASING = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "span", "font",
            "a", "b", "i", "u", "em", "strong", "small", "big", "sub", "sup", "label", "code", "tt", "s", "strike",
            "abbr", "cite", "q", "var", "kbd", "samp", "mark", "ins", "del", "o:p");
    private static final Pattern CLOSING_TAG = Pattern.compile("(?i)</(?:body|html)\\b");

    /** Where a block goes: the source offset, and the element it ends up in. */
    record Anchor(int source, Element parent) {
        /** Inside a paragraph or inline element, where only inline markup belongs. */
        boolean inline() {
            for (Element e = parent; e != null; e = e.parent()) {
                String name = e.normalName();
                if (name.equals("body") || name.equals("html")) {
                    return false;
                }
                if (PHRASING.contains(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Segment(TextNode node, int textStart, int textEnd, boolean pre) {
    }

    private final String source;
    private final Document doc;
    private final String text;
    private final String textOutsideQuotes;
    private final List<Segment> segments;
    private final Map<TextNode, Segment> byNode;
    private final Element firstContainer;
    private final int firstContainerText;

    private HtmlLayout(String source, Document doc, String text, String textOutsideQuotes, List<Segment> segments,
                       Map<TextNode, Segment> byNode, Element firstContainer, int firstContainerText) {
        this.source = source;
        this.doc = doc;
        this.text = text;
        this.textOutsideQuotes = textOutsideQuotes;
        this.segments = segments;
        this.byNode = byNode;
        this.firstContainer = firstContainer;
        this.firstContainerText = firstContainerText;
    }

    static HtmlLayout of(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Builder b = new Builder();
        NodeTraversor.traverse(b, doc.body());
        return new HtmlLayout(html, doc, b.text.toString(), b.outside.toString(), b.segments, b.byNode,
                b.container, b.containerText);
    }

    /** The body text, blocks and {@code <br>} as line breaks, runs of whitespace as one space. */
    String text() {
        return text;
    }

    /** The body text without what is inside quote containers (the earlier messages of a thread). */
    String textOutsideQuotes() {
        return textOutsideQuotes;
    }

    /**
     * Where quoted history starts: its offset in {@link #text()} ({@code text().length()} when
     * there is none) and the place in the source where the signature goes (null when none). The
     * earlier of the first quote container element and the first text marker found by
     * {@link QuotedHistory} wins.
     */
    record History(int textOffset, Anchor anchor) {
    }

    History history() {
        Anchor byText = null;
        int h = QuotedHistory.start(text);
        if (h < text.length()) {
            byText = anchorAtText(h);
        }
        Anchor byElement = containerAnchor();
        if (byElement != null && (byText == null || byElement.source() <= byText.source())) {
            return new History(firstContainerText, byElement);
        }
        return byText != null ? new History(h, byText) : new History(text.length(), null);
    }

    private Anchor containerAnchor() {
        if (firstContainer == null || !tracked(firstContainer)) {
            return null;
        }
        return new Anchor(firstContainer.sourceRange().startPos(), firstContainer.parent());
    }

    /**
     * The source offset of the outermost element that starts with the text at {@code textOffset}
     * (so a block goes before the {@code <div>} of Outlook's "From:" header, not inside its bold
     * label); null when no text node holds that offset.
     */
    Anchor anchorAtText(int textOffset) {
        Segment seg = null;
        for (Segment s : segments) {
            if (s.textEnd() > textOffset) {
                seg = s;
                break;
            }
        }
        if (seg == null || !seg.node().sourceRange().isTracked()) {
            return null;
        }
        TextNode node = seg.node();
        if (seg.textStart() < textOffset) {
            // Inside a text node: only in <pre>, where the history starts at a line of that node.
            int lines = 0;
            for (int i = seg.textStart(); i < textOffset; i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            Range r = node.sourceRange();
            int pos = r.startPos();
            int found = 0;
            for (int i = r.startPos(); i < r.endPos() && found < lines; i++) {
                if (source.charAt(i) == '\n') {
                    found++;
                    pos = i + 1;
                }
            }
            return new Anchor(found == lines ? pos : r.startPos(), node.parent());
        }
        Node n = node;
        while (n.parent() instanceof Element p && !p.normalName().equals("body") && !p.normalName().equals("html")
                && tracked(p) && firstSegment(p) == seg) {
            n = p;
        }
        return new Anchor(n.sourceRange().startPos(), n.parent() instanceof Element e ? e : null);
    }

    /** Where blocks that close the message go: before {@code </body>}, else at the end of the document. */
    int closingOffset() {
        Element body = doc.body();
        int lastContent = 0;
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            lastContent = Math.max(lastContent, end(e));
        }
        for (Segment s : segments) {
            if (s.node().sourceRange().isTracked()) {
                lastContent = Math.max(lastContent, s.node().sourceRange().endPos());
            }
        }
        Range bodyEnd = body.endSourceRange();
        if (bodyEnd.isTracked() && !bodyEnd.isImplicit() && bodyEnd.startPos() >= lastContent) {
            return bodyEnd.startPos();
        }
        Matcher m = CLOSING_TAG.matcher(source);
        int from = Math.min(lastContent, source.length());
        while (m.find(from)) {
            if (!insideComment(m.start())) {
                return m.start();
            }
            from = m.start() + 1;
        }
        return source.length();
    }

    /** Whether a source offset lies inside an HTML comment (where a closing tag means nothing). */
    private boolean insideComment(int offset) {
        boolean[] inside = {false};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment c && c.sourceRange().isTracked()) {
                Range r = c.sourceRange();
                if (offset >= r.startPos() && offset < r.endPos()) {
                    inside[0] = true;
                }
            }
        }, doc);
        return inside[0];
    }

    private static int end(Element e) {
        Range end = e.endSourceRange();
        if (end.isTracked() && !end.isImplicit()) {
            return end.endPos();
        }
        Range start = e.sourceRange();
        return start.isTracked() && !start.isImplicit() ? start.endPos() : 0;
    }

    private static boolean tracked(Element e) {
        Range r = e.sourceRange();
        return r.isTracked() && !r.isImplicit();
    }

    /** The first text segment inside {@code n}, in document order (iterative: HTML can nest deeply). */
    private Segment firstSegment(Node n) {
        Segment[] found = new Segment[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Segment s = byNode.get(t);
                    if (s != null) {
                        found[0] = s;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, n);
        return found[0];
    }

    /** Builds the text and remembers which text node produced which characters. */
    private static final class Builder implements NodeVisitor {
        final StringBuilder text = new StringBuilder();
        final StringBuilder outside = new StringBuilder();
        final List<Segment> segments = new ArrayList<>();
        final Map<TextNode, Segment> byNode = new IdentityHashMap<>();
        Element container;
        int containerText = -1;
        private int skipDepth;
        private int quoteDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (skipDepth > 0 || SKIPPED.contains(tag)) {
                    skipDepth++;
                    return;
                }
                boolean quote = QuoteContainers.test(e);
                if (quote && container == null) {
                    newline(text);
                    container = e;
                    containerText = text.length();
                }
                if (quote || quoteDepth > 0) {
                    quoteDepth++;
                }
                if (tag.equals("td") || tag.equals("th")) {
                    space(text);
                    if (quoteDepth == 0) {
                        space(outside);
                    }
                } else if (BLOCKS.contains(tag)) {
                    newline(text);
                    if (quoteDepth == 0) {
                        newline(outside);
                    }
                }
            } else if (node instanceof TextNode t && skipDepth == 0) {
                boolean pre = inPre(t);
                int start = text.length();
                append(text, t.getWholeText(), pre);
                if (text.length() > start) {
                    // a leading space collapsed into the one before belongs to no character
                    Segment s = new Segment(t, start, text.length(), pre);
                    segments.add(s);
                    byNode.put(t, s);
                }
                if (quoteDepth == 0) {
                    append(outside, t.getWholeText(), pre);
                }
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
                    newline(text);
                    if (quoteDepth == 0) {
                        newline(outside);
                    }
                }
                if (quoteDepth > 0) {
                    quoteDepth--;
                }
            }
        }

        private static boolean inPre(TextNode t) {
            for (Node n = t.parent(); n != null; n = n.parent()) {
                if (n instanceof Element e && e.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
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

        private static void space(StringBuilder out) {
            int len = out.length();
            if (len > 0 && !Character.isWhitespace(out.charAt(len - 1))) {
                out.append(' ');
            }
        }

        private static void append(StringBuilder out, String s, boolean pre) {
            if (pre) {
                out.append(s.replace("\r\n", "\n").replace('\r', '\n'));
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
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
}
