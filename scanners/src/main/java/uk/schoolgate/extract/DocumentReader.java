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
    void read(PartNode node, byte[] content) throws Exception {
        TextCollector text = new TextCollector(budget, node);
        node.collecting(text);
        EmbeddedObjects embedded = new EmbeddedObjects(node, content.length, items, budget);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, node.mediaType());
        try (TikaInputStream in = TikaInputStream.get(content)) {
            tika.parser.parse(in, text, metadata, tika.context(embedded));
        } finally {
            node.text(text.text());
        }
    }
}
