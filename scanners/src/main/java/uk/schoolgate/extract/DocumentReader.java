package uk.schoolgate.extract;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reads the text of a document with Tika, on the current thread. The type found by
 * {@link TypeDetector} is handed to Tika as an override, so Tika neither detects twice nor looks at
 * a file name; embedded objects go to {@link EmbeddedObjects}.
 */
final class DocumentReader {
    private final TikaSetup tika;
    private final ItemReader items;
    private final MessageBudget budget;

    DocumentReader(TikaSetup tika, ItemReader items, MessageBudget budget) {
        this.tika = tika;
        this.items = items;
        this.budget = budget;
    }

    /** Throws what the parser threw; the text collected up to then is kept on the node either way. */
    void read(PartNode node, byte[] content, ItemReader.Look look) throws Exception {
        TextCollector text = new TextCollector(budget, node);
        node.collecting(text);
        EmbeddedObjects embedded = new EmbeddedObjects(node, content.length, items, budget);
        Metadata metadata = new Metadata();
        String override = override(look, content);
        if (override != null) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, override);
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            tika.parser.parse(in, text, metadata, tika.context(embedded));
            if (budget.timeUp()) {
                // Some parsers swallow what the handler throws and return normally, incomplete.
                budget.noteTimeUp(node.path);
                node.unreadable(budget.timedOut());
            }
        } finally {
            node.text(text.text());
        }
    }

    /**
     * The type Tika is told to parse as. Plain text found by content is left to Tika, whose text
     * parser then tells csv and tsv apart by itself; a csv or tsv known from its name gets its
     * delimiter from the first line, since Tika's sniffer gives up on short files.
     */
    private static String override(ItemReader.Look look, byte[] content) {
        String type = look.mediaType();
        if (type.equals("text/plain") && !look.typeFromName()) {
            return null;
        }
        if (type.equals("text/csv")) {
            return "text/csv; delimiter=" + Delimiters.guess(content);
        }
        if (type.equals("text/tab-separated-values")) {
            return "text/csv; delimiter=tab";
        }
        return type;
    }
}
