package uk.schoolgate.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses how an item is read from its detected type. The walkers of this package handle zip and
 * the other archive and compression formats commons-compress reads, so that the per-entry limits
 * apply; anything else with an inside (rar, Outlook, mbox, Office, PDF) is left to Tika, whose
 * embedded objects come back through {@link EmbeddedObjects} under the same limits.
 */
final class Routes {
    /** Classification of one item: its type, how to read it, and the format name for the walker. */
    record Choice(Route route, String format) {
    }

    private static final Map<String, String> ARCHIVES = Map.ofEntries(
            Map.entry("application/zip", "zip"),
            Map.entry("application/x-zip-compressed", "zip"),
            Map.entry("application/java-archive", "zip"),
            Map.entry("application/x-java-archive", "zip"),
            Map.entry("application/vnd.android.package-archive", "zip"),
            Map.entry("application/x-tika-java-web-archive", "zip"),
            Map.entry("application/x-tika-java-enterprise-archive", "zip"),
            Map.entry("application/x-7z-compressed", "7z"),
            Map.entry("application/x-tar", "tar"),
            Map.entry("application/x-gtar", "tar"),
            Map.entry("application/x-ustar", "tar"),
            Map.entry("application/x-cpio", "cpio"),
            Map.entry("application/x-archive", "ar"),
            Map.entry("application/x-debian-package", "ar"),
            Map.entry("application/x-arj", "arj"));

    /** Tika's media types mapped to commons-compress compressor names. */
    private static final Map<String, String> COMPRESSORS = Map.ofEntries(
            Map.entry("application/gzip", "gz"),
            Map.entry("application/x-gzip", "gz"),
            Map.entry("application/x-bzip2", "bzip2"),
            Map.entry("application/x-bzip", "bzip2"),
            Map.entry("application/x-xz", "xz"),
            Map.entry("application/x-lzma", "lzma"),
            Map.entry("application/x-compress", "z"),
            Map.entry("application/zlib", "deflate"),
            Map.entry("application/x-snappy", "snappy-framed"),
            Map.entry("application/x-lz4", "lz4-framed"),
            Map.entry("application/x-brotli", "br"),
            Map.entry("application/zstd", "zstd"));

    private static final Set<String> ENCRYPTED = Set.of("application/x-tika-ooxml-protected",
            "application/pgp-encrypted", "application/x-pgp-encrypted");

    /** Containers that could hold a program but that neither commons-compress nor Tika can open. */
    private static final Set<String> UNOPENABLE = Set.of("application/vnd.ms-cab-compressed",
            "application/x-apple-diskimage", "application/x-iso9660-image", "application/x-ace-compressed",
            "application/x-lzh-compressed", "application/x-lha", "application/x-stuffit", "application/x-xar",
            "application/x-rpm", "application/x-vhd", "application/x-vmdk", "application/x-msi-patch");

    private static final Set<String> MESSAGES = Set.of("message/rfc822", "message/global");

    /** CMS EnvelopedData (1.2.840.113549.1.7.3): an S/MIME-encrypted file. */
    private static final byte[] ENVELOPED_DATA_OID = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7,
            0x0D, 0x01, 0x07, 0x03};
    /** CMS AuthEnvelopedData (1.2.840.113549.1.9.16.1.23). */
    private static final byte[] AUTH_ENVELOPED_DATA_OID = {0x06, 0x0B, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7,
            0x0D, 0x01, 0x09, 0x10, 0x01, 0x17};

    private Routes() {
    }

    /**
     * @param declaredType the type the sender's client declared. It only ever makes the reading
     *                     deeper: content that reads as plain text or unknown bytes but is declared
     *                     an attached message is parsed as one (its first header may have fooled the
     *                     detector). Content detected as anything else is read as what it is.
     */
    static Choice choose(String mediaType, byte[] content, String declaredType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            return new Choice(Route.NO_TEXT, null);
        }
        if (MESSAGES.contains(type) || (MESSAGES.contains(base(declaredType))
                && (type.equals("text/plain") || type.equals(PartNode.UNKNOWN_TYPE)))) {
            return new Choice(Route.MESSAGE, null);
        }
        if (ARCHIVES.containsKey(type)) {
            return new Choice(Route.ARCHIVE, ARCHIVES.get(type));
        }
        if (COMPRESSORS.containsKey(type)) {
            return new Choice(Route.COMPRESSED, COMPRESSORS.get(type));
        }
        if (ENCRYPTED.contains(type) || isEnvelopedCms(type, content)) {
            return new Choice(Route.ENCRYPTED, null);
        }
        if (UNOPENABLE.contains(type)) {
            return new Choice(Route.UNOPENABLE, null);
        }
        if (type.equals("application/pkcs7-signature") && isSignatureWithoutContent(content)) {
            return new Choice(Route.NO_TEXT, null);
        }
        if (ExecutableSniffer.binaryProgram(content) != null) {
            return new Choice(Route.NO_TEXT, null); // a binary program: no text, and its parsers add nothing
        }
        if (type.equals(PartNode.UNKNOWN_TYPE) || type.startsWith("audio/") || type.startsWith("video/")
                || type.startsWith("font/") || type.startsWith("application/x-font")
                || (type.startsWith("image/") && !type.equals("image/svg+xml"))) {
            return new Choice(Route.NO_TEXT, null);
        }
        return new Choice(Route.DOCUMENT, null);
    }

    private static boolean isEnvelopedCms(String type, byte[] content) {
        if (!type.startsWith("application/pkcs7") && !type.equals("application/x-pkcs7-mime")) {
            return false;
        }
        // The content type OID follows the outer SEQUENCE header, within the first few bytes.
        int window = Math.min(content.length, 32);
        return indexOf(content, window, ENVELOPED_DATA_OID) >= 0 || indexOf(content, window, AUTH_ENVELOPED_DATA_OID) >= 0;
    }

    /**
     * A detached S/MIME signature (smime.p7s) or a certificate bundle (.p7c): CMS SignedData that
     * carries no content. Tika reports these as errors, but there is nothing in them to read, and a
     * signed message forwarded as an attachment must not look damaged. Bouncy Castle comes with
     * Tika's crypto parser.
     */
    private static boolean isSignatureWithoutContent(byte[] content) {
        try {
            return new org.bouncycastle.cms.CMSSignedData(content).getSignedContent() == null;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    private static int indexOf(byte[] haystack, int limit, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= limit; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String base(String declaredType) {
        if (declaredType == null) {
            return "";
        }
        int semicolon = declaredType.indexOf(';');
        return (semicolon >= 0 ? declaredType.substring(0, semicolon) : declaredType).strip().toLowerCase(Locale.ROOT);
    }
}
