package uk.schoolgate.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of some bytes, found from the bytes with Tika's detector (magic numbers, zip and
 * OLE2 container inspection). The declared type and the file name are not trusted: the name is
 * consulted only when the content reads as plain text or unknown bytes, and only to refine it to
 * another plain data-text type (csv, tsv, markdown, calendar). A name can never make something a
 * program, an archive or a document.
 */
final class TypeDetector {
    private static final Set<String> AMBIGUOUS = Set.of("text/plain", "application/octet-stream");
    private static final Set<String> TEXT_HINTS = Set.of("text/plain", "text/csv", "text/tab-separated-values",
            "text/markdown", "text/x-web-markdown", "text/calendar", "text/x-vcalendar", "text/vcard", "text/x-vcard",
            "text/directory");
    /**
     * A message Tika's magic misses because its first header is an unusual one: header lines at the
     * very top, and a MIME header among them.
     */
    private static final Pattern MESSAGE_HEADERS = Pattern.compile(
            "\\A([!-9;-~]+:[^\\r\\n]*\\r?\\n([ \\t][^\\r\\n]*\\r?\\n)*){0,200}?"
                    + "(?i:(mime-version|content-type|content-transfer-encoding)):");
    private static final int MESSAGE_PROBE = 16 * 1024;

    private final Detector detector;
    private final MimeTypes mimeTypes;

    TypeDetector(Detector detector, MimeTypes mimeTypes) {
        this.detector = detector;
        this.mimeTypes = mimeTypes;
    }

    /**
     * @param type     the base media type (no parameters), e.g. "application/pdf"
     * @param fromName the name refined what the content alone left open (csv rather than plain text)
     */
    record Detected(String type, boolean fromName) {
    }

    Detected detect(byte[] content, String name) {
        String byContent = byContent(content);
        if (byContent.equals("text/plain") && looksLikeMessage(content)) {
            return new Detected("message/rfc822", false);
        }
        if (AMBIGUOUS.contains(byContent) && content.length > 0) {
            String byName = byName(name);
            if (byName != null && !byName.equals(byContent) && TEXT_HINTS.contains(byName)
                    && (byContent.equals("text/plain") || looksLikeText(content))) {
                return new Detected(byName, true);
            }
        }
        return new Detected(byContent, false);
    }

    private String byContent(byte[] content) {
        if (content.length == 0) {
            return PartNode.UNKNOWN_TYPE;
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            // No resource name in the metadata: detection must not look at the name.
            MediaType type = detector.detect(in, new Metadata());
            return type == null ? PartNode.UNKNOWN_TYPE : type.getBaseType().toString();
        } catch (IOException | RuntimeException | LinkageError e) {
            return PartNode.UNKNOWN_TYPE;
        }
    }

    private String byName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.substring(name.lastIndexOf('/') + 1));
        try {
            // With no stream, Tika's MIME repository goes by the name's glob patterns alone.
            MediaType type = mimeTypes.detect(null, metadata);
            return type == null ? null : type.getBaseType().toString().toLowerCase(Locale.ROOT);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean looksLikeMessage(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, MESSAGE_PROBE), StandardCharsets.ISO_8859_1);
        return MESSAGE_HEADERS.matcher(head).lookingAt();
    }

    /** Bytes Tika could not place that are still text in some 8-bit or EBCDIC code page (no NUL bytes). */
    private static boolean looksLikeText(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
