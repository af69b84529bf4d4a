package uk.schoolgate.extract;

import java.io.IOException;
import java.io.InputStream;

/**
 * Walks an archive entry by entry and hands each unpacked entry back to the {@link ItemReader},
 * one level deeper. Enforces the nesting depth and the entry count; {@link Unpacking} enforces the
 * sizes and ratios of each entry.
 */
final class ArchiveReader {
    private final ItemReader items;
    private final MessageBudget budget;

    ArchiveReader(ItemReader items, MessageBudget budget) {
        this.items = items;
        this.budget = budget;
    }

    /** An archive: format is "zip", "7z", "tar", "cpio", "ar" or "arj". */
    void readArchive(PartNode container, byte[] content, String format) throws IOException {
        try (ArchiveItems entries = format.equals("zip") ? ZipItems.open(content)
                : OtherArchiveItems.open(format, content)) {
            walk(container, content.length, entries);
        }
    }

    /** A single compressed file: compressor is a commons-compress name ("gz", "bzip2", ...). */
    void readCompressed(PartNode container, byte[] content, String compressor) throws IOException {
        try (ArchiveItems entries = CompressedItems.open(compressor, content, container.path)) {
            walk(container, content.length, entries);
        }
    }

    private void walk(PartNode container, long containerSize, ArchiveItems entries) {
        int maxEntries = budget.limits().maxArchiveEntries();
        Unpacking unpacking = new Unpacking(container, containerSize, budget);
        int count = 0;
        while (true) {
            if (budget.timeUp()) {
                budget.noteTimeUp(container.path);
                container.unreadable(budget.timedOut());
                return;
            }
            ArchiveItem entry;
            try {
                entry = entries.next();
            } catch (IOException | RuntimeException e) {
                Unreadable problem = Failures.classify(e, budget, "an archive");
                container.unreadable(problem.reason(), count == 0 ? problem.detail()
                        : "damaged after " + count + " entries; the rest could not be read");
                return;
            }
            if (entry == null) {
                return;
            }
            if (entry.directory()) {
                continue;
            }
            if (container.depth + 1 > budget.limits().maxDepth()) {
                Limits.depthExceeded(container, budget);
                return;
            }
            if (++count > maxEntries) {
                Limits.tooManyEntries(container, budget);
                return;
            }
            if (!readEntry(container, entry, unpacking)) {
                return;
            }
        }
    }

    /** Returns false when the container must not be read further. */
    private boolean readEntry(PartNode container, ArchiveItem entry, Unpacking unpacking) {
        PartNode child = container.child(entry.name(), Math.max(0, entry.declaredSize()));
        if (entry.encrypted()) {
            child.unreadable(Unreadable.Reason.PASSWORD_PROTECTED, "the entry is encrypted with a password");
            child.done();
            return true;
        }
        if (entry.unsupported() != null) {
            child.unreadable(Unreadable.Reason.CORRUPT, entry.unsupported());
            child.done();
            return true;
        }
        Unpacking.Result unpacked;
        try {
            ArchiveItem.Opened opened = entry.opener().open();
            try (InputStream in = opened.in()) {
                unpacked = unpacking.copy(in, opened.compressedSoFar(), child.path, "an archive entry");
            }
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            child.unreadable(Failures.classify(e, budget, "an archive entry"));
            child.done();
            return !budget.timeUp() && !(e instanceof Error);
        }
        child.size(unpacked.bytes().length);
        items.read(child, unpacked.bytes(), null, unpacked.problem());
        return !unpacked.stopContainer();
    }
}
