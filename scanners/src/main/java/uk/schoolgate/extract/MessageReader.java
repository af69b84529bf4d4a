package uk.schoolgate.extract;

import java.util.List;
import uk.schoolgate.parse.AttachmentPart;
import uk.schoolgate.parse.BodyText;
import uk.schoolgate.parse.MessageParser;
import uk.schoolgate.parse.ParsedMessage;

/**
 * Reads an attached message (a forwarded .eml) with the gateway's own MessageParser, so it is taken
 * apart exactly as the outer message was: its subject and body texts become the text of the part,
 * and its own attachments are read one level deeper ("fwd.eml/report.pdf").
 */
final class MessageReader {
    private final ItemReader items;
    private final MessageBudget budget;

    MessageReader(ItemReader items, MessageBudget budget) {
        this.items = items;
        this.budget = budget;
    }

    void read(PartNode node, byte[] content) {
        ParsedMessage message = new MessageParser().parse(content);
        node.text(keep(node, text(message)));
        List<AttachmentPart> parts = message.parts();
        int count = 0;
        for (AttachmentPart part : parts) {
            if (budget.timeUp()) {
                budget.noteTimeUp(node.path);
                node.unreadable(budget.timedOut());
                return;
            }
            if (node.depth + 1 > budget.limits().maxDepth()) {
                Limits.depthExceeded(node, budget);
                return;
            }
            if (++count > budget.limits().maxArchiveEntries()) {
                Limits.tooManyEntries(node, budget);
                return;
            }
            byte[] bytes = part.content() == null ? new byte[0] : part.content();
            PartNode child = node.child(part.name(), bytes.length);
            items.read(child, bytes, part.declaredType(), null);
        }
    }

    private static String text(ParsedMessage message) {
        StringBuilder text = new StringBuilder(message.subject() == null ? "" : message.subject().strip());
        for (BodyText body : message.bodies()) {
            String t = body.text() == null ? "" : body.text().strip();
            if (!t.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n\n").append(t);
            }
        }
        return text.toString();
    }

    /** The text within the message's character budget. */
    private String keep(PartNode node, String text) {
        int granted = budget.takeChars(text.length());
        if (granted < text.length()) {
            node.unreadable(Unreadable.Reason.LIMIT_EXCEEDED, "text beyond the message's limit of "
                    + budget.limits().maxTotalChars() + " characters was not kept");
            budget.noteCharLimit(node.path);
            return text.substring(0, granted);
        }
        return text;
    }
}
