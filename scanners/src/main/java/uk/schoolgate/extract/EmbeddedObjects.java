package uk.schoolgate.extract;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Receives the objects Tika finds inside one document (a spreadsheet in a Word file, a file
 * attached to a PDF, an attachment of an Outlook .msg, an entry of a rar) and reads each as an item
 * of its own, one level deeper, so it is type-checked for programs and its text is kept apart from
 * its container's. The container's limits apply as to an archive: depth, entry count, unpacked
 * bytes, expansion against the container's size, and time.
 *
 * <p>One instance serves one parse of one document; Tika calls it on the parse thread.
 */
final class EmbeddedObjects implements EmbeddedDocumentExtractor {
    private final PartNode container;
    private final ItemReader items;
    private final MessageBudget budget;
    private final Unpacking unpacking;
    private int count;
    private boolean stopped;

    EmbeddedObjects(PartNode container, long containerSize, ItemReader items, MessageBudget budget) {
        this.container = container;
        this.items = items;
        this.budget = budget;
        this.unpacking = new Unpacking(container, containerSize, budget);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return !stopped && !budget.timeUp() && admitDepth();
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException {
        if (budget.timeUp()) {
            throw new ReadingStopped();
        }
        if (stopped || !admitDepth()) {
            return;
        }
        if (++count > budget.limits().maxArchiveEntries()) {
            Limits.tooManyEntries(container, budget);
            stopped = true;
            return;
        }
        PartNode child = container.child(name(metadata), 0);
        Unpacking.Result unpacked = unpacking.copy(stream, null, child.path, "an embedded object");
        child.size(unpacked.bytes().length);
        items.read(child, unpacked.bytes(), metadata.get(Metadata.CONTENT_TYPE), unpacked.problem());
        if (unpacked.stopContainer()) {
            stopped = true;
        }
    }

    private boolean admitDepth() {
        if (container.depth + 1 > budget.limits().maxDepth()) {
            Limits.depthExceeded(container, budget);
            stopped = true;
            return false;
        }
        return true;
    }

    private String name(Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name == null || name.isBlank()) {
            name = metadata.get(TikaCoreProperties.ORIGINAL_RESOURCE_NAME);
        }
        if (name == null || name.isBlank()) {
            name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
        }
        if (name != null && !name.isBlank()) {
            return name;
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        boolean message = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("message/rfc822");
        return (message ? "message " : "embedded object ") + count + (message ? ".eml" : "");
    }
}
