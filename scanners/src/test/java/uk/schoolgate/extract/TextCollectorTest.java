package uk.schoolgate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import uk.schoolgate.config.ExtractionLimits;

class TextCollectorTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static MessageBudget budget(long maxChars, Duration time) {
        return new MessageBudget(new ExtractionLimits(maxChars, 4, 1000, 100, 1 << 20, time));
    }

    @Test
    void tableRowsAreLinesWithTabSeparatedCells() throws SAXException {
        TextCollector c = new TextCollector(budget(1000, Duration.ofSeconds(5)), PartNode.root("x", 0, true));
        start(c, "html");
        start(c, "head");
        start(c, "title");
        text(c, "Document title from the metadata");
        end(c, "title");
        end(c, "head");
        start(c, "body");
        start(c, "h1");
        text(c, "Year 6");
        end(c, "h1");
        start(c, "table");
        row(c, "Ann Smith", "2015-03-02");
        row(c, "", "no DOB");
        start(c, "tr");
        start(c, "td");
        start(c, "p");
        text(c, "two");
        end(c, "p");
        start(c, "p");
        text(c, "paragraphs\nin a cell");
        end(c, "p");
        end(c, "td");
        start(c, "td");
        text(c, "next");
        end(c, "td");
        end(c, "tr");
        end(c, "table");
        start(c, "p");
        text(c, "After the table.");
        end(c, "p");
        end(c, "body");
        end(c, "html");

        assertThat(c.text()).isEqualTo("Year 6\nAnn Smith\t2015-03-02\n\tno DOB\ntwo paragraphs in a cell\tnext\n"
                + "After the table.");
    }

    @Test
    void textBeyondTheMessageLimitIsDroppedAndThePartMarked() throws SAXException {
        MessageBudget budget = budget(10, Duration.ofSeconds(5));
        PartNode node = PartNode.root("long.txt", 0, true);
        TextCollector c = new TextCollector(budget, node);
        text(c, "0123456789ABCDEF");
        text(c, "more");

        assertThat(c.text()).isEqualTo("0123456789");
        assertThat(c.limitHit()).isTrue();
        assertThat(node.unreadable().reason()).isEqualTo(Unreadable.Reason.LIMIT_EXCEEDED);
        assertThat(budget.notes()).singleElement().asString().contains("long.txt").doesNotContain("0123");
    }

    @Test
    void onceTheTimeIsUpEveryEventStopsTheParse() {
        TextCollector c = new TextCollector(budget(1000, Duration.ZERO), PartNode.root("x", 0, true));
        assertThatThrownBy(() -> text(c, "anything")).isInstanceOf(ReadingStopped.class);
        assertThatThrownBy(() -> start(c, "p")).isInstanceOf(ReadingStopped.class);
    }

    @Test
    void tidyDropsIndentationLinesButKeepsTabs() {
        assertThat(TextCollector.tidy("  \n   \nA\n \n \nB\n\t\t\nC  \n  ")).isEqualTo("A\n\nB\n\t\t\nC");
    }

    private static void row(TextCollector c, String... cells) throws SAXException {
        start(c, "tr");
        for (String cell : cells) {
            start(c, "td");
            text(c, cell);
            end(c, "td");
        }
        end(c, "tr");
    }

    private static void start(TextCollector c, String name) throws SAXException {
        c.startElement(XHTML, name, name, new AttributesImpl());
    }

    private static void end(TextCollector c, String name) throws SAXException {
        c.endElement(XHTML, name, name);
    }

    private static void text(TextCollector c, String s) throws SAXException {
        c.characters(s.toCharArray(), 0, s.length());
    }
}
