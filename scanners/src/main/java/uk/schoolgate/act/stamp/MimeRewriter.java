package uk.schoolgate.act.stamp;

import uk.schoolgate.parse.PartInfo;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a message out again with only its body text parts stamped. It walks the Jakarta Mail tree
 * to decide what to stamp, and works on the original bytes to write: every entity it does not
 * change (attachments, attached messages, images, signed parts, preambles, delimiter lines,
 * epilogues, the top-level header block) is copied byte for byte from the input.
 *
 * <p>Before a multipart's children are touched, the byte ranges found by
 * {@link MultipartSplitter} are checked against Jakarta Mail's parse (same number of parts, same
 * raw body bytes for each); if they disagree (a malformed message), that multipart is left exactly
 * as it came and a note says so.
 *
 * <p>Which parts are body text: a text/plain or text/html part that is not an attachment (see
 * {@link PartInfo#isAttachment()}), reached through
 * <ul>
 * <li>multipart/alternative: every alternative;</li>
 * <li>multipart/related: the root part (the {@code start} parameter, else the first), and other
 *     unnamed inline text parts;</li>
 * <li>multipart/mixed (and other multipart types, such as multipart/report): the last child that
 *     is body text or a multipart holding it; a named text part after the first child is an
 *     attachment. Several unnamed inline text pieces (Apple Mail splits the body around inline
 *     pictures) are one body, and the stamp goes once, at its end;</li>
 * <li>never inside multipart/signed, multipart/encrypted, application/pkcs7-mime,
 *     multipart/digest or message/rfc822.</li>
 * </ul>
 */
final class MimeRewriter {
    static final int MAX_DEPTH = 30;

    private final TextPartStamper texts;
    private final List<String> notes;
    private final Map<MimePart, Boolean> holdsText = new IdentityHashMap<>();
    private int textParts;

    MimeRewriter(StampText stamp, List<String> notes) {
        this.texts = new TextPartStamper(stamp, notes);
        this.notes = notes;
    }

    /** The stamped message, or empty when nothing changed. */
    Optional<byte[]> message(byte[] raw, MimeMessage message) {
        RawEntity entity = RawEntity.whole(raw);
        byte[] jakartaBody = rawContent(message);
        if (jakartaBody == null || !entity.bodyEquals(jakartaBody)) {
            notes.add("message: the end of the header block is ambiguous; not stamped");
            return Optional.empty();
        }
        PartInfo info = PartInfo.of(message, false);
        if (!info.isMultipart() && !(info.isBodyTextType() && !info.isAttachment())) {
            notes.add("message: no body text part (" + info.type() + "); not stamped");
            return Optional.empty();
        }
        int notesBefore = notes.size();
        Optional<byte[]> out = entity(entity, message, info, 0, "message", true);
        if (out.isEmpty() && textParts == 0 && notes.size() == notesBefore) {
            notes.add("message: no body text part; not stamped");
        }
        return out;
    }

    private Optional<byte[]> entity(RawEntity raw, MimePart part, PartInfo info, int depth, String where,
                                    boolean topLevel) {
        if (info.isMultipart()) {
            return multipart(raw, part, info, depth, where);
        }
        if (info.isBodyTextType() && !info.isAttachment()) {
            textParts++;
            return texts.stamp(raw, info, topLevel, where);
        }
        return Optional.empty();
    }

    private Optional<byte[]> multipart(RawEntity raw, MimePart part, PartInfo info, int depth, String where) {
        if (info.isProtected()) {
            notes.add(where + ": " + info.type() + " is signed or encrypted; left as it is");
            return Optional.empty();
        }
        if (info.type().equals("multipart/digest")) {
            return Optional.empty();
        }
        if (depth >= MAX_DEPTH) {
            notes.add(where + ": MIME nesting deeper than " + MAX_DEPTH + " levels; not stamped");
            return Optional.empty();
        }
        if (info.contentTypeBroken()) {
            notes.add(where + ": " + info.type() + " Content-Type could not be parsed; not stamped");
            return Optional.empty();
        }
        String boundary = info.parameter("boundary");
        if (boundary == null || boundary.isEmpty()) {
            notes.add(where + ": " + info.type() + " without a boundary parameter; not stamped");
            return Optional.empty();
        }
        Multipart multipart;
        int count;
        try {
            Object content = part.getContent();
            if (!(content instanceof Multipart m)) {
                notes.add(where + ": " + info.type() + " could not be read as parts; not stamped");
                return Optional.empty();
            }
            multipart = m;
            count = multipart.getCount();
        } catch (IOException | MessagingException | RuntimeException e) {
            notes.add(where + ": " + info.type() + " could not be split (" + e.getClass().getSimpleName()
                    + "); not stamped");
            return Optional.empty();
        }
        Optional<List<int[]>> split = MultipartSplitter.split(raw.buf(), raw.bodyStart(), raw.end(), boundary);
        if (split.isEmpty() || split.get().size() != count) {
            notes.add(where + ": " + info.type() + " parts could not be delimited exactly; not stamped");
            return Optional.empty();
        }
        List<int[]> ranges = split.get();
        List<RawEntity> children = new ArrayList<>(count);
        List<MimePart> parts = new ArrayList<>(count);
        List<PartInfo> infos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RawEntity child = RawEntity.of(raw.buf(), ranges.get(i)[0], ranges.get(i)[1]);
            MimePart jakartaChild;
            try {
                BodyPart bp = multipart.getBodyPart(i);
                jakartaChild = (MimePart) bp;
            } catch (MessagingException | RuntimeException e) {
                notes.add(where + ": part " + (i + 1) + " could not be read; not stamped");
                return Optional.empty();
            }
            byte[] content = rawContent(jakartaChild);
            if (content == null || !child.bodyEquals(content)) {
                notes.add(where + ": " + info.type() + " parts could not be delimited exactly; not stamped");
                return Optional.empty();
            }
            children.add(child);
            parts.add(jakartaChild);
            infos.add(PartInfo.of(jakartaChild, false));
        }
        Map<Integer, byte[]> replaced = new HashMap<>();
        for (int i : candidates(info, parts, infos, depth)) {
            String childWhere = (where.equals("message") ? "part " : where + ".") + (i + 1);
            entity(children.get(i), parts.get(i), infos.get(i), depth + 1, childWhere, false)
                    .ifPresent(bytes -> replaced.put(i, bytes));
        }
        if (replaced.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.end() - raw.start() + 1024);
        byte[] buf = raw.buf();
        out.write(buf, raw.start(), raw.bodyStart() - raw.start());
        int cursor = raw.bodyStart();
        for (int i = 0; i < count; i++) {
            int[] range = ranges.get(i);
            out.write(buf, cursor, range[0] - cursor);
            byte[] replacement = replaced.get(i);
            if (replacement != null) {
                out.writeBytes(replacement);
            } else {
                out.write(buf, range[0], range[1] - range[0]);
            }
            cursor = range[1];
        }
        out.write(buf, cursor, raw.end() - cursor);
        return Optional.of(out.toByteArray());
    }

    /** The children of a multipart that are, or hold, body text to stamp. */
    List<Integer> candidates(PartInfo container, List<MimePart> parts, List<PartInfo> infos, int depth) {
        List<Integer> out = new ArrayList<>();
        switch (container.type()) {
            case "multipart/alternative" -> {
                for (int i = 0; i < infos.size(); i++) {
                    if (holdsBodyText(parts.get(i), infos.get(i), depth + 1)) {
                        out.add(i);
                    }
                }
            }
            case "multipart/related" -> {
                int root = relatedRoot(container, parts);
                for (int i = 0; i < infos.size(); i++) {
                    PartInfo p = infos.get(i);
                    if (i == root ? holdsBodyText(parts.get(i), p, depth + 1)
                            : p.isBodyTextType() && !p.isAttachment() && !p.named()) {
                        out.add(i);
                    }
                }
            }
            case "multipart/digest" -> {
                // every part is a message
            }
            default -> {
                for (int i = infos.size() - 1; i >= 0; i--) {
                    PartInfo p = infos.get(i);
                    boolean namedText = p.isBodyTextType() && p.named() && i > 0;
                    if (!namedText && holdsBodyText(parts.get(i), p, depth + 1)) {
                        out.add(i);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A body text part, or a multipart with one inside (by the rules above). */
    private boolean holdsBodyText(MimePart part, PartInfo info, int depth) {
        if (!info.isMultipart()) {
            return info.isBodyTextType() && !info.isAttachment();
        }
        if (info.isProtected() || info.attachment()) {
            return false;
        }
        if (depth >= MAX_DEPTH) {
            return true; // let the walk reach it and say why it stops there
        }
        Boolean known = holdsText.get(part);
        if (known != null) {
            return known;
        }
        boolean result = false;
        try {
            if (part.getContent() instanceof Multipart mp) {
                List<MimePart> parts = new ArrayList<>();
                List<PartInfo> infos = new ArrayList<>();
                for (int i = 0; i < mp.getCount(); i++) {
                    MimePart child = (MimePart) mp.getBodyPart(i);
                    parts.add(child);
                    infos.add(PartInfo.of(child, info.type().equals("multipart/digest")));
                }
                result = !candidates(info, parts, infos, depth).isEmpty();
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            result = false;
        }
        holdsText.put(part, result);
        return result;
    }

    private static int relatedRoot(PartInfo container, List<MimePart> parts) {
        String start = container.parameter("start");
        if (start == null || start.isBlank()) {
            return 0;
        }
        String wanted = strip(start);
        for (int i = 0; i < parts.size(); i++) {
            String id = PartInfo.header(parts.get(i), "Content-ID");
            if (id != null && strip(id).equals(wanted)) {
                return i;
            }
        }
        return 0;
    }

    private static String strip(String id) {
        String s = id.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] rawContent(MimePart part) {
        try (InputStream in = part instanceof MimeBodyPart body ? body.getRawInputStream()
                : ((MimeMessage) part).getRawInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException | RuntimeException e) {
            return null;
        }
    }
}
