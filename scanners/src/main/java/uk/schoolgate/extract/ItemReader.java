package uk.schoolgate.extract;

/**
 * Reads one item of one message (an attachment, an archive entry, a part of an attached message, an
 * embedded object) and, through the readers it hands containers to, everything inside it. Nested
 * items are read on the current thread, depth-first, so one message never holds more than one parse
 * thread. Never throws: whatever goes wrong becomes the item's {@link Unreadable}.
 */
final class ItemReader {
    /**
     * The outcome of the quick look at an item: its type, whether the file name helped to tell it,
     * and how its inside will be read.
     */
    record Look(String mediaType, boolean typeFromName, Routes.Choice choice) {
    }

    private final TikaSetup tika;
    private final MessageBudget budget;
    private final DocumentReader documents;
    private final ArchiveReader archives;
    private final MessageReader messages;

    ItemReader(TikaSetup tika, MessageBudget budget) {
        this.tika = tika;
        this.budget = budget;
        this.documents = new DocumentReader(tika, this, budget);
        this.archives = new ArchiveReader(this, budget);
        this.messages = new MessageReader(this, budget);
    }

    /**
     * The quick, parse-free look: content type and program check. Done for every item that is
     * reached, even when time is up, because the size and executable rules need it.
     *
     * @param declaredType the declared MIME type, or null; see {@link Routes#choose}
     */
    Look look(PartNode node, byte[] content, String declaredType) {
        TypeDetector.Detected detected = tika.types.detect(content, node.path);
        String mediaType = detected.type();
        node.mediaType(mediaType);
        String kind = ExecutableSniffer.kind(content, mediaType).orElse(null);
        node.executableKind(kind);
        return new Look(mediaType, detected.fromName(), Routes.choose(mediaType, content, declaredType));
    }

    /** Reads the inside of an item already looked at. */
    void readInside(PartNode node, byte[] content, Look look) {
        try {
            if (budget.timeUp()) {
                budget.noteTimeUp(node.path);
                node.unreadable(new Unreadable(Unreadable.Reason.TIMED_OUT,
                        "not read: the message's time budget was used up before this part was reached"));
                return;
            }
            Routes.Choice choice = look.choice();
            switch (choice.route()) {
                case MESSAGE -> messages.read(node, content);
                case ARCHIVE -> archives.readArchive(node, content, choice.format());
                case COMPRESSED -> archives.readCompressed(node, content, choice.format());
                case ENCRYPTED -> node.unreadable(Failures.passwordProtected());
                case UNOPENABLE -> node.unreadable(Unreadable.Reason.CORRUPT,
                        "a container the gateway cannot open (" + look.mediaType() + "); what it holds was not checked");
                case DOCUMENT -> documents.read(node, content, look);
                case NO_TEXT -> {
                    // pictures, sound, programs: type and program check are all there is
                }
            }
        } catch (Throwable t) {
            Unreadable problem = Failures.classify(t, budget, look.mediaType());
            if (problem.reason() == Unreadable.Reason.TIMED_OUT) {
                budget.noteTimeUp(node.path);
            }
            node.unreadable(problem);
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            node.done();
        }
    }

    /**
     * Looks at and reads a nested item on the current thread.
     *
     * @param cutShort why {@code content} is incomplete (a limit stopped its unpacking), or null.
     *                 An incomplete item is still looked at (its first bytes tell a program), and
     *                 read as text when it is text, but not opened as a container or document:
     *                 a truncated zip or PDF yields only errors.
     */
    void read(PartNode node, byte[] content, String declaredType, Unreadable cutShort) {
        Look look;
        try {
            look = look(node, content, declaredType);
        } catch (Throwable t) {
            node.unreadable(Failures.classify(t, budget, "a file"));
            node.done();
            return;
        }
        if (cutShort == null) {
            readInside(node, content, look);
            return;
        }
        node.unreadable(cutShort);
        boolean text = look.mediaType().startsWith("text/") && look.choice().route() == Route.DOCUMENT;
        if (text && cutShort.reason() != Unreadable.Reason.TIMED_OUT) {
            readInside(node, content, look);
        } else {
            node.done();
        }
    }
}
