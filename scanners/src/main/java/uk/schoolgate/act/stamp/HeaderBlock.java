package uk.schoolgate.act.stamp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A header block as raw fields, for the few edits stamping needs (a text part's charset or transfer
 * encoding, the wrapper's Content-Type). Fields are kept as their original text (folding, spacing,
 * capitalisation, order); only the fields that are set are rewritten. Bytes are viewed as
 * ISO-8859-1 so that 8-bit header bytes survive unchanged.
 */
final class HeaderBlock {
    /** One field: its name and its full text including continuation lines and line endings. */
    record Field(String name, String text) {
        boolean is(String other) {
            return name.equalsIgnoreCase(other);
        }

        /** The value after the colon, unfolded. */
        String value() {
            int colon = text.indexOf(':');
            String v = colon < 0 ? "" : text.substring(colon + 1);
            return v.replaceAll("\\r\\n|\\r|\\n", "").strip();
        }
    }

    private final List<Field> fields;
    /** The empty line that ends the block ("" when the block had none). */
    private final String terminator;

    private HeaderBlock(List<Field> fields, String terminator) {
        this.fields = fields;
        this.terminator = terminator;
    }

    static HeaderBlock parse(byte[] headerBytes) {
        String s = new String(headerBytes, StandardCharsets.ISO_8859_1);
        List<Field> fields = new ArrayList<>();
        int pos = 0;
        int n = s.length();
        String terminator = "";
        StringBuilder current = null;
        String currentName = null;
        while (pos < n) {
            int lineEnd = pos;
            while (lineEnd < n && s.charAt(lineEnd) != '\r' && s.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            int next = afterLineEnd(s, lineEnd);
            if (lineEnd == pos) {
                terminator = s.substring(pos);
                break;
            }
            char first = s.charAt(pos);
            if ((first == ' ' || first == '\t') && current != null) {
                current.append(s, pos, next);
            } else {
                if (current != null) {
                    fields.add(new Field(currentName, current.toString()));
                }
                int colon = s.indexOf(':', pos);
                currentName = colon < 0 || colon > lineEnd ? "" : s.substring(pos, colon).strip();
                current = new StringBuilder(s.substring(pos, next));
            }
            pos = next;
        }
        if (current != null) {
            fields.add(new Field(currentName, current.toString()));
        }
        return new HeaderBlock(fields, terminator);
    }

    private static int afterLineEnd(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return n;
        }
        if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return i + 1;
    }

    List<Field> fields() {
        return List.copyOf(fields);
    }

    /** The first value of a field, unfolded; null when absent. */
    String get(String name) {
        for (Field f : fields) {
            if (f.is(name)) {
                return f.value();
            }
        }
        return null;
    }

    /**
     * Sets a field: the first field of that name gets the new value (keeping the name as it was
     * spelled); without one, the field is added at the end of the block.
     */
    HeaderBlock with(String name, String value) {
        List<Field> out = new ArrayList<>(fields);
        for (int i = 0; i < out.size(); i++) {
            Field f = out.get(i);
            if (f.is(name)) {
                String spelled = f.text().substring(0, f.text().indexOf(':'));
                out.set(i, new Field(f.name(), spelled + ": " + value + "\r\n"));
                return new HeaderBlock(out, terminator);
            }
        }
        out.add(new Field(name, name + ": " + value + "\r\n"));
        return new HeaderBlock(out, terminator);
    }

    /** The block as bytes, every line ending written as CRLF, ending with the empty line. */
    byte[] toCrlfBytes() {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            String t = f.text();
            sb.append(t);
            if (!t.endsWith("\n") && !t.endsWith("\r")) {
                sb.append("\r\n");
            }
        }
        sb.append("\r\n");
        return Lines.toCrlf(sb.toString()).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The fields as they came (original bytes and line endings), without the terminating empty line. */
    static byte[] rawFields(List<Field> fields) {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            sb.append(f.text());
            if (!f.text().endsWith("\n") && !f.text().endsWith("\r")) {
                sb.append("\r\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    String terminator() {
        return terminator;
    }

    static boolean isContentField(Field f) {
        return f.name().toLowerCase(Locale.ROOT).startsWith("content-");
    }
}
