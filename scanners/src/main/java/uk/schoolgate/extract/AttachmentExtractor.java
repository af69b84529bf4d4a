package uk.schoolgate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.schoolgate.config.ExtractionLimits;
import uk.schoolgate.parse.AttachmentPart;

/**
 * The extract stage: turns a message's attachments and other non-body parts into text for the
 * detectors, finds programs by content, and looks inside attached messages, archives and documents,
 * all under the hard limits of {@link ExtractionLimits}, so that no attachment (zip bomb, recursive
 * archive, malformed PDF) can hang the gateway, crash it or exhaust its memory.
 *
 * <p>Thread-safe: build one at start-up and share it. Tika is set up once per JVM (about 1.4 s, on
 * the first construction); each instance owns a small pool of parse threads ({@link ParseThreads}).
 *
 * <p>How a message is read: each part of the message is first looked at on the caller's thread (type
 * by content, program check: cheap and always done, as the size and executable rules depend on
 * them), then read on a parse thread, which also reads everything nested inside it, depth-first. The
 * caller waits no longer than the message's deadline plus half a second; whatever was not read by
 * then is reported as {@link Unreadable.Reason#TIMED_OUT}, keeping the text read so far.
 */
public final class AttachmentExtractor implements AutoCloseable {
    private final ExtractionLimits limits;
    private final TikaSetup tika;
    private final ParseThreads threads;

    public AttachmentExtractor(ExtractionLimits limits) {
        this(limits, ParseThreads.defaultSize());
    }

    /** @param parseThreads how many parse threads may run at once, stuck ones included (see {@link ParseThreads}) */
    AttachmentExtractor(ExtractionLimits limits, int parseThreads) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.tika = TikaSetup.get();
        this.threads = new ParseThreads(parseThreads);
    }

    /**
     * Reads the parts of one message.
     *
     * @param parts {@code ParsedMessage.parts()}, in message order
     * @return every part and nested item, flat, containers before their contents; never throws
     */
    public Extraction extract(List<AttachmentPart> parts) {
        MessageBudget budget = new MessageBudget(limits);
        List<PartNode> roots = new ArrayList<>();
        try {
            for (AttachmentPart part : parts == null ? List.<AttachmentPart>of() : parts) {
                if (part != null) {
                    roots.add(readPart(part, budget));
                }
            }
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // Only a bug can get here: the readers catch everything themselves.
            budget.note("extraction stopped early because of an internal error (" + e.getClass().getSimpleName() + ")");
        } finally {
            budget.finish();
        }
        List<ExtractedPart> out = new ArrayList<>();
        Unreadable unfinished = budget.timedOut();
        for (PartNode root : roots) {
            root.flattenInto(out, unfinished);
        }
        return new Extraction(out, budget.notes());
    }

    private PartNode readPart(AttachmentPart part, MessageBudget budget) {
        byte[] content = part.content() == null ? new byte[0] : part.content();
        PartNode node = PartNode.root(part.name(), content.length, part.isAttachment());
        ItemReader reader = new ItemReader(tika, budget);
        ItemReader.Look look;
        try {
            look = reader.look(node, content, part.declaredType());
        } catch (RuntimeException | LinkageError | OutOfMemoryError | StackOverflowError e) {
            node.unreadable(Failures.classify(e, budget, "a file"));
            node.done();
            return node;
        }
        ParseThreads.Outcome outcome = threads.run(() -> reader.readInside(node, content, look), budget.deadline());
        switch (outcome) {
            case FINISHED -> {
                // read in full, or its problem is already on the node
            }
            case ABANDONED -> {
                budget.noteTimeUp(node.path);
                node.unreadable(budget.timedOut());
            }
            case NO_THREAD -> {
                budget.note("no parse thread was free before the message's deadline; " + node.path + " was not read");
                node.unreadable(new Unreadable(Unreadable.Reason.TIMED_OUT,
                        "not read: the gateway was too busy to read it within the message's time budget"));
                node.done();
            }
            case INTERRUPTED -> {
                budget.note("extraction was interrupted; " + node.path + " was not read in full");
                node.unreadable(budget.timedOut());
                budget.finish();
            }
        }
        return node;
    }

    /** Stops the parse threads; for shutdown and for configuration reloads that replace the extractor. */
    @Override
    public void close() {
        threads.close();
    }
}
