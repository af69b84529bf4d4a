package uk.schoolgate.receive.milter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the MTA must change so that the message it delivers is the stamped one: the header fields
 * that differ (changed, deleted or added, per name and position) and the new body if the body
 * differs. Only differences are sent: the MTA keeps everything else exactly as it was, and an
 * unchanged message costs nothing.
 */
record Rewrite(List<HeaderEdit> headerEdits, Optional<byte[]> body) {
    static final Rewrite NONE = new Rewrite(List.of(), Optional.empty());

    Rewrite {
        headerEdits = List.copyOf(headerEdits);
    }

    boolean isEmpty() {
        return headerEdits.isEmpty() && body.isEmpty();
    }

    /** From the message as the MTA has it to the message as it should leave. */
    static Rewrite between(List<HeaderField> originalHeaders, byte[] originalBody, byte[] stamped) {
        int split = bodyStart(stamped);
        List<HeaderField> stampedHeaders = fields(new String(stamped, 0, split, StandardCharsets.UTF_8));
        byte[] stampedBody = Arrays.copyOfRange(stamped, split, stamped.length);
        Optional<byte[]> body = Arrays.equals(originalBody, stampedBody) ? Optional.empty() : Optional.of(stampedBody);
        return new Rewrite(edits(originalHeaders, stampedHeaders), body);
    }

    /**
     * Per field name, the n-th field of the original against the n-th of the stamped message:
     * changed values are replaced, missing ones deleted (the highest index first, so the indexes
     * still to delete stay valid), extra ones added.
     */
    static List<HeaderEdit> edits(List<HeaderField> before, List<HeaderField> after) {
        Map<String, List<HeaderField>> old = byName(before);
        Map<String, List<HeaderField>> now = byName(after);
        List<HeaderEdit> edits = new ArrayList<>();
        for (Map.Entry<String, List<HeaderField>> entry : old.entrySet()) {
            List<HeaderField> was = entry.getValue();
            List<HeaderField> is = now.getOrDefault(entry.getKey(), List.of());
            String name = was.get(0).name();
            for (int i = 0; i < Math.min(was.size(), is.size()); i++) {
                if (!was.get(i).value().equals(is.get(i).value())) {
                    edits.add(new HeaderEdit.Change(name, i + 1, is.get(i).value()));
                }
            }
            for (int i = was.size(); i > is.size(); i--) {
                edits.add(new HeaderEdit.Change(name, i, ""));
            }
        }
        for (Map.Entry<String, List<HeaderField>> entry : now.entrySet()) {
            List<HeaderField> was = old.getOrDefault(entry.getKey(), List.of());
            List<HeaderField> is = entry.getValue();
            for (int i = was.size(); i < is.size(); i++) {
                edits.add(new HeaderEdit.Add(is.get(i).name(), is.get(i).value()));
            }
        }
        return edits;
    }

    private static Map<String, List<HeaderField>> byName(List<HeaderField> fields) {
        Map<String, List<HeaderField>> map = new LinkedHashMap<>();
        for (HeaderField f : fields) {
            map.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        return map;
    }

    /** Where the body starts: after the first empty line (CRLF or LF), or the end when there is none. */
    static int bodyStart(byte[] message) {
        int i = 0;
        int n = message.length;
        // At the very start an empty line means no header at all.
        while (i < n) {
            if (message[i] == '\n') {
                return i + 1;
            }
            if (message[i] == '\r' && i + 1 < n && message[i + 1] == '\n') {
                return i + 2;
            }
            while (i < n && message[i] != '\n') {
                i++;
            }
            i++;
        }
        return n;
    }

    /** The fields of a header block: a line that starts with a space or tab continues the field before it. */
    static List<HeaderField> fields(String block) {
        List<HeaderField> out = new ArrayList<>();
        String[] lines = HeaderField.lf(block).split("\n", -1);
        String name = null;
        StringBuilder value = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && value != null) {
                value.append('\n').append(line);
                continue;
            }
            if (name != null) {
                out.add(new HeaderField(name, value.toString()));
            }
            int colon = line.indexOf(':');
            name = colon < 0 ? line : line.substring(0, colon);
            value = new StringBuilder(colon < 0 ? "" : line.substring(colon + 1));
        }
        if (name != null) {
            out.add(new HeaderField(name, value.toString()));
        }
        return out;
    }
}
