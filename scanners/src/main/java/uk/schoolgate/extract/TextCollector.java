package uk.schoolgate.extract;

import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML events of a Tika parse into plain text for the detectors, and is the parse's
 * cooperative brake.
 *
 * <p>Layout: block elements end a line; a table row is one line with its cells separated by tabs
 * (so a class list reads "Ann Smith\t2015-03-02" and a detector can tell the columns apart);
 * paragraphs inside a cell become spaces. The document head (title, metadata) is left out, as Tika's
 * own BodyContentHandler does.
 *
 * <p>Limits: text beyond the message's character budget is dropped, but the parse goes on, so that
 * objects embedded later in the document are still checked for programs; the time budget is checked
 * on every event, and once it is spent every event throws {@link ReadingStopped}, which ends any
 * parser that reports its progress.
 */
final class TextCollector extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "pre", "blockquote", "address", "caption", "section", "article", "header", "footer", "ul", "ol", "dl",
            "table", "hr");

    private final MessageBudget budget;
    private final PartNode node;
    private final StringBuilder text = new StringBuilder();
    private int headDepth;
    private int cellDepth;
    private boolean rowHasCell;
    /** A paragraph ended inside a cell: a space goes before the cell's next text, none at its end. */
    private boolean cellSpace;
    private boolean limitHit;

    TextCollector(MessageBudget budget, PartNode node) {
        this.budget = budget;
        this.node = node;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        checkTime();
        switch (name(localName, qName)) {
            case "head" -> headDepth++;
            case "tr" -> rowHasCell = false;
            case "td", "th" -> {
                if (rowHasCell && cellDepth == 0) {
                    append("\t");
                }
                rowHasCell = true;
                cellDepth++;
                cellSpace = false;
            }
            case "br" -> lineBreak();
            default -> {
                // other elements carry no layout
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        checkTime();
        String name = name(localName, qName);
        switch (name) {
            case "head" -> headDepth = Math.max(0, headDepth - 1);
            case "td", "th" -> {
                cellDepth = Math.max(0, cellDepth - 1);
                cellSpace = false;
            }
            case "tr" -> endLine();
            default -> {
                if (BLOCKS.contains(name)) {
                    lineBreak();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        checkTime();
        if (headDepth > 0 || length <= 0) {
            return;
        }
        String s = new String(ch, start, length);
        if (cellDepth > 0) {
            s = s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
            if (cellSpace && !s.isBlank()) {
                s = " " + s;
                cellSpace = false;
            }
        }
        append(s);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        // Tika's own layout whitespace: this class lays the text out itself, except that a line
        // break is kept as a soft one. The PDF parser ends each text line with nothing else, and
        // without it "DOB: 02/11/2017" runs into the next line's "Home address:".
        checkTime();
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n') {
                lineBreak();
                return;
            }
        }
    }

    /**
     * The text collected so far, safe to call from another thread. Lines of nothing but spaces
     * (XML indentation) are dropped, blank lines collapse to one, and the ends are trimmed; tabs are
     * kept, since a row of empty cells is still a row.
     */
    synchronized String text() {
        return tidy(text);
    }

    static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blankRun = 0;
        int start = 0;
        int n = raw.length();
        while (start <= n) {
            int end = start;
            while (end < n && raw.charAt(end) != '\n') {
                end++;
            }
            CharSequence line = raw.subSequence(start, end);
            if (isSpaces(line)) {
                blankRun++;
            } else {
                if (out.length() > 0) {
                    out.append(blankRun > 0 ? "\n\n" : "\n");
                }
                out.append(line);
                blankRun = 0;
            }
            start = end + 1;
        }
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1)) && out.charAt(end - 1) != '\t') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static boolean isSpaces(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\r' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    synchronized boolean limitHit() {
        return limitHit;
    }

    private void lineBreak() {
        if (headDepth > 0) {
            return;
        }
        if (cellDepth > 0) {
            cellSpace = true;
        } else {
            endLine();
        }
    }

    private synchronized void endLine() {
        int n = text.length();
        if (n > 0 && text.charAt(n - 1) != '\n') {
            appendLocked("\n");
        }
    }

    private synchronized void append(String s) {
        appendLocked(s);
    }

    private void appendLocked(String s) {
        if (limitHit) {
            return;
        }
        int granted = budget.takeChars(s.length());
        if (granted < s.length()) {
            limitHit = true;
            text.append(s, 0, granted);
            node.unreadable(Unreadable.Reason.LIMIT_EXCEEDED, "text beyond the message's limit of "
                    + budget.limits().maxTotalChars() + " characters was not kept");
            budget.noteCharLimit(node.path);
            return;
        }
        text.append(s);
    }

    private void checkTime() throws ReadingStopped {
        if (budget.timeUp()) {
            throw new ReadingStopped();
        }
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        if (n == null) {
            return "";
        }
        int colon = n.indexOf(':');
        return (colon >= 0 ? n.substring(colon + 1) : n).toLowerCase(Locale.ROOT);
    }
}
