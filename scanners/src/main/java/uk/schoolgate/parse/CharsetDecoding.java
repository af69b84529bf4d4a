package uk.schoolgate.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a text part into text by its declared charset, the way mail clients do:
 * ISO-8859-1 and US-ASCII labels are read as windows-1252 (its superset, which Outlook really
 * sends), a missing or unknown label means "UTF-8 if it is valid UTF-8, else windows-1252", and
 * undecodable bytes become U+FFFD rather than an error.
 */
public final class CharsetDecoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetDecoding() {
    }

    public static String decode(byte[] bytes, String charsetLabel) {
        Charset charset = resolve(charsetLabel);
        if (charset == null) {
            return guess(bytes);
        }
        if (charset.equals(StandardCharsets.UTF_8) && bytes.length > 0 && !isValidUtf8(bytes)) {
            // Mislabelled mail is common; keep valid UTF-8 sequences as they are.
            return lenient(bytes, StandardCharsets.UTF_8);
        }
        return lenient(bytes, charset);
    }

    /** The charset a label names, with the web's aliasing; null when unknown or absent. */
    public static Charset resolve(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819",
                 "l1", "iso_8859-1" -> {
                return WINDOWS_1252;
            }
            case "utf8", "utf-8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(l);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
    }

    public static String guess(byte[] bytes) {
        return isValidUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : lenient(bytes, WINDOWS_1252);
    }

    static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, charset);
        }
    }
}
