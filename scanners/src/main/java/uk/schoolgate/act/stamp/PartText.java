package uk.schoolgate.act.stamp;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decoded bytes of one text part as editable text, chosen so that every byte the sender wrote
 * comes back out unchanged when the edited text is encoded again.
 *
 * <p>How a part is read, by its charset label:
 * <ul>
 * <li>no label, US-ASCII and ISO-8859-1 labels: read as ISO-8859-1, which maps each of the 256
 *     byte values to its own character, so any bytes (also mislabelled 8-bit bytes, and the
 *     windows-1252 bytes 0x80-0x9F that Outlook sends under an ISO-8859-1 label) survive. The
 *     stamp must fit the label's own repertoire (ASCII, or Latin-1).</li>
 * <li>any other known charset: decoded strictly; if encoding that text again gives exactly the
 *     same bytes (valid UTF-8, windows-1252 without undefined bytes, ISO-8859-x, Shift_JIS...), the
 *     part is edited as that text. Otherwise (invalid UTF-8 sequences, undefined bytes) the part
 *     is edited as a "byte view": ISO-8859-1 text standing for the raw bytes, with the stamp
 *     inserted as its bytes in the part's charset. This is only done for ASCII-compatible
 *     charsets, so line breaks, tags and quote markers keep their meaning.</li>
 * <li>an unknown label: the part is stamped only if all its bytes are ASCII.</li>
 * </ul>
 *
 * <p>When plain text cannot hold a character of the stamp (an {@code é} or {@code ’} in a US-ASCII
 * part), the part moves to UTF-8 ({@link #toUtf8()}); the sender's text is then read as their mail
 * client showed it: ISO-8859-1 and ASCII labels as windows-1252 (undefined bytes as Latin-1
 * controls, so nothing is lost), an unlabelled part as UTF-8 if it is valid UTF-8. HTML never
 * changes charset: characters it cannot hold become numeric character references.
 */
final class PartText implements StampRepresentation {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> ASCII_LABELS = Set.of("us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us",
            "us", "iso-ir-6", "cp367", "ibm367", "csascii", "ansi_x3.4-1986", "iso_646.irv:1991");
    private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "latin-1", "l1", "cp819", "ibm819", "iso_8859-1:1987", "iso-ir-100", "csisolatin1", "iso8859_1");
    private static final Set<String> UTF8_LABELS = Set.of("utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8");
    private static final char[] CP1252_HIGH = cp1252High();
    private static final Map<Integer, String> FALLBACKS = Map.ofEntries(
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x201B, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"), Map.entry(0x2212, "-"), Map.entry(0x2026, "..."), Map.entry(0x00A0, " "),
            Map.entry(0x2022, "*"), Map.entry(0x00A3, "GBP "), Map.entry(0x20AC, "EUR "), Map.entry(0x00A9, "(c)"),
            Map.entry(0x00AE, "(R)"), Map.entry(0x2122, "(TM)"), Map.entry(0x00DF, "ss"), Map.entry(0x00C6, "AE"),
            Map.entry(0x00E6, "ae"), Map.entry(0x0152, "OE"), Map.entry(0x0153, "oe"));

    private enum Kind { ASCII, LATIN1, DECODED, BYTE_VIEW }

    private final byte[] original;
    private final Kind kind;
    private final String text;
    private final Charset editCharset;
    private final Charset stampCharset;
    private final boolean asciiCompatible;
    private final boolean relabelled;

    private PartText(byte[] original, Kind kind, String text, Charset editCharset, Charset stampCharset,
                     boolean asciiCompatible, boolean relabelled) {
        this.original = original;
        this.kind = kind;
        this.text = text;
        this.editCharset = editCharset;
        this.stampCharset = stampCharset;
        this.asciiCompatible = asciiCompatible;
        this.relabelled = relabelled;
    }

    /** The part's text, or empty when it cannot be edited without risk to the sender's bytes. */
    static Optional<PartText> open(byte[] bytes, String charsetLabel) {
        String label = charsetLabel == null ? "" : charsetLabel.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (label.isEmpty() || ASCII_LABELS.contains(label)) {
            return Optional.of(latin1View(bytes, Kind.ASCII, StandardCharsets.US_ASCII));
        }
        if (LATIN1_LABELS.contains(label)) {
            return Optional.of(latin1View(bytes, Kind.LATIN1, StandardCharsets.ISO_8859_1));
        }
        Charset charset = lookup(label);
        if (charset == null) {
            return allAscii(bytes) ? Optional.of(latin1View(bytes, Kind.ASCII, StandardCharsets.US_ASCII))
                    : Optional.empty();
        }
        boolean asciiCompatible = isAsciiCompatible(charset);
        String decoded = strictDecode(bytes, charset);
        if (decoded != null) {
            byte[] again = strictEncode(decoded, charset);
            if (again != null && Arrays.equals(again, bytes)) {
                return Optional.of(new PartText(bytes, Kind.DECODED, decoded, charset, charset, asciiCompatible,
                        false));
            }
        }
        if (asciiCompatible) {
            return Optional.of(new PartText(bytes, Kind.BYTE_VIEW, new String(bytes, StandardCharsets.ISO_8859_1),
                    StandardCharsets.ISO_8859_1, charset, true, false));
        }
        return Optional.empty();
    }

    private static PartText latin1View(byte[] bytes, Kind kind, Charset stampCharset) {
        return new PartText(bytes, kind, new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1,
                stampCharset, true, false);
    }

    private static Charset lookup(String label) {
        if (UTF8_LABELS.contains(label)) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(label);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The same part moved to UTF-8, with the sender's text read as their client showed it; empty
     * when that reading would lose bytes (a byte view of a broken part).
     */
    Optional<PartText> toUtf8() {
        String readable = switch (kind) {
            case ASCII -> isValidUtf8(original) ? new String(original, StandardCharsets.UTF_8) : windows1252(original);
            case LATIN1 -> windows1252(original);
            case DECODED -> text;
            case BYTE_VIEW -> null;
        };
        if (readable == null) {
            return Optional.empty();
        }
        return Optional.of(new PartText(original, Kind.DECODED, readable, StandardCharsets.UTF_8,
                StandardCharsets.UTF_8, true, true));
    }

    /** The text to edit. */
    String text() {
        return text;
    }

    /** The part's label must change to UTF-8. */
    boolean relabelled() {
        return relabelled;
    }

    /** Line breaks and ASCII markup mean the same in bytes (false for UTF-16 and UTF-32). */
    boolean asciiCompatible() {
        return asciiCompatible;
    }

    Charset stampCharset() {
        return stampCharset;
    }

    /** The edited text as bytes, every line ending written as CRLF. */
    byte[] encode(String edited) {
        String crlf = Lines.toCrlf(edited);
        byte[] out = strictEncode(crlf, editCharset);
        return out != null ? out : crlf.getBytes(editCharset);
    }

    @Override
    public String plain(String stamp) {
        if (!stampCharset.newEncoder().canEncode(stamp)) {
            return null;
        }
        return view(stamp);
    }

    @Override
    public String html(String snippet) {
        CharsetEncoder encoder = stampCharset.newEncoder();
        StringBuilder sb = new StringBuilder(snippet.length() + 16);
        snippet.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp < 0x80 || encoder.canEncode(ch)) {
                sb.append(ch);
            } else {
                sb.append("&#").append(cp).append(';');
            }
        });
        return view(sb.toString());
    }

    /** The stamp with characters the part cannot hold replaced by ASCII look-alikes (or '?'). */
    @Override
    public String degrade(String stamp) {
        CharsetEncoder encoder = stampCharset.newEncoder();
        StringBuilder sb = new StringBuilder(stamp.length());
        stamp.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp < 0x80 || encoder.canEncode(ch)) {
                sb.append(ch);
                return;
            }
            String fallback = FALLBACKS.get(cp);
            if (fallback == null) {
                String stripped = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                fallback = stripped.chars().allMatch(c -> c < 0x80) && !stripped.isEmpty() ? stripped : "?";
            }
            sb.append(fallback);
        });
        return sb.toString();
    }

    /** How text in the stamp charset appears in the editable text. */
    private String view(String s) {
        if (kind != Kind.BYTE_VIEW) {
            return s;
        }
        byte[] bytes = strictEncode(s, stampCharset);
        return new String(bytes != null ? bytes : s.getBytes(stampCharset), StandardCharsets.ISO_8859_1);
    }

    static boolean isAsciiCompatible(Charset charset) {
        String probe = "\r\n\t !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz";
        if (!charset.canEncode()) {
            return false;
        }
        byte[] encoded = strictEncode(probe, charset);
        return encoded != null && Arrays.equals(encoded, probe.getBytes(StandardCharsets.US_ASCII));
    }

    static String strictDecode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    static byte[] strictEncode(String s, Charset charset) {
        if (!charset.canEncode()) {
            return null;
        }
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bb = encoder.encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    static boolean isValidUtf8(byte[] bytes) {
        return strictDecode(bytes, StandardCharsets.UTF_8) != null;
    }

    private static boolean allAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** windows-1252 as browsers read it: the five bytes it leaves undefined become Latin-1 controls. */
    static String windows1252(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int u = bytes[i] & 0xFF;
            out[i] = u >= 0x80 && u <= 0x9F ? CP1252_HIGH[u - 0x80] : (char) u;
        }
        return new String(out);
    }

    private static char[] cp1252High() {
        char[] table = new char[32];
        for (int u = 0x80; u <= 0x9F; u++) {
            String s = strictDecode(new byte[] {(byte) u}, WINDOWS_1252);
            table[u - 0x80] = s != null && s.length() == 1 ? s.charAt(0) : (char) u;
        }
        return table;
    }
}
