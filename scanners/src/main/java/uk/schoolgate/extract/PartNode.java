package uk.schoolgate.extract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A part while it is being read: filled in by whichever thread reads it and turned into an
 * {@link ExtractedPart} at the end. A parse thread that was given up on may still be writing to its
 * nodes, so fields are volatile and children are a copy-on-write list: the snapshot taken at the end
 * is consistent, and anything written later is simply not seen. A node that was never finished is
 * reported as timed out.
 */
final class PartNode {
    static final String UNKNOWN_TYPE = "application/octet-stream";

    final String path;
    final int depth;
    final boolean attachment;
    private volatile long size;
    private volatile String mediaType = UNKNOWN_TYPE;
    private volatile String executableKind;
    private volatile TextCollector collector;
    private volatile String text;
    private volatile boolean done;
    private final AtomicReference<Unreadable> unreadable = new AtomicReference<>();
    private final List<PartNode> children = new CopyOnWriteArrayList<>();

    private PartNode(String path, int depth, boolean attachment, long size) {
        this.path = path;
        this.depth = depth;
        this.attachment = attachment;
        this.size = size;
    }

    /** A part of the message itself; its name is the parser's (already without directories). */
    static PartNode root(String name, long size, boolean attachment) {
        String n = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
        return new PartNode(n.isEmpty() ? "attachment" : n, 0, attachment, size);
    }

    /** A nested item; never an attachment for the size rule, which counts only depth-0 parts. */
    PartNode child(String name, long size) {
        PartNode child = new PartNode(path + "/" + Names.clean(name, "item"), depth + 1, false, size);
        children.add(child);
        return child;
    }

    void size(long size) {
        this.size = size;
    }

    void mediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    void executableKind(String kind) {
        this.executableKind = kind;
    }

    /** Text is being collected here; if reading is abandoned, what was collected so far is kept. */
    void collecting(TextCollector collector) {
        this.collector = collector;
    }

    void text(String text) {
        this.text = text;
    }

    /** Records why the part could not be read in full; the first reason reported wins. */
    void unreadable(Unreadable.Reason reason, String detail) {
        unreadable(new Unreadable(reason, detail));
    }

    void unreadable(Unreadable problem) {
        if (problem != null) {
            unreadable.compareAndSet(null, problem);
        }
    }

    Unreadable unreadable() {
        return unreadable.get();
    }

    void done() {
        done = true;
    }

    /** Appends this node and everything under it, container first. */
    void flattenInto(List<ExtractedPart> out, Unreadable unfinished) {
        String finalText = text;
        if (finalText == null) {
            TextCollector c = collector;
            finalText = c == null ? "" : c.text();
        }
        Unreadable problem = unreadable.get();
        if (problem == null && !done) {
            problem = unfinished;
        }
        String kind = executableKind;
        out.add(new ExtractedPart(path, mediaType, size, depth, attachment, finalText, kind != null, kind, problem));
        for (PartNode child : children) {
            child.flattenInto(out, unfinished);
        }
    }
}
