package uk.schoolgate.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * The entries of a zip (also jar, apk), read from memory. The central directory is used when it
 * can be read, since it is what unzip tools and Windows Explorer show; a zip whose directory is
 * missing or damaged (truncated download, spanned set) is read front to back instead, so its
 * entries are still checked.
 */
final class ZipItems {
    private ZipItems() {
    }

    static ArchiveItems open(byte[] content) {
        try {
            ZipFile zip = ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                    .setCharset(StandardCharsets.UTF_8)
                    .setUseUnicodeExtraFields(true)
                    .get();
            return new Directory(zip);
        } catch (IOException | RuntimeException e) {
            return new Streamed(new ZipArchiveInputStream(new ByteArrayInputStream(content),
                    StandardCharsets.UTF_8.name(), true, true));
        }
    }

    private static boolean encrypted(ZipArchiveEntry e) {
        return e.getGeneralPurposeBit().usesEncryption() || e.getGeneralPurposeBit().usesStrongEncryption();
    }

    private static String unsupported(ZipArchiveEntry e) {
        ZipMethod method = ZipMethod.getMethodByCode(e.getMethod());
        return "uses a compression method the gateway cannot unpack ("
                + (method == null ? "method " + e.getMethod() : method.name()) + ")";
    }

    /** Random access through the central directory. */
    private static final class Directory implements ArchiveItems {
        private final ZipFile zip;
        private final Enumeration<ZipArchiveEntry> entries;

        Directory(ZipFile zip) {
            this.zip = zip;
            this.entries = zip.getEntries();
        }

        @Override
        public ArchiveItem next() {
            if (!entries.hasMoreElements()) {
                return null;
            }
            ZipArchiveEntry e = entries.nextElement();
            boolean encrypted = encrypted(e);
            String unsupported = encrypted || zip.canReadEntryData(e) ? null : unsupported(e);
            return new ArchiveItem(e.getName(), e.isDirectory(), encrypted, unsupported, e.getSize(), () -> {
                InputStream in = zip.getInputStream(e);
                return new ArchiveItem.Opened(in,
                        in instanceof InputStreamStatistics s ? s::getCompressedCount : null);
            });
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** Front to back through the local headers. */
    private static final class Streamed implements ArchiveItems {
        private final ZipArchiveInputStream zip;

        Streamed(ZipArchiveInputStream zip) {
            this.zip = zip;
        }

        @Override
        public ArchiveItem next() throws IOException {
            ZipArchiveEntry e = zip.getNextEntry();
            if (e == null) {
                return null;
            }
            boolean encrypted = encrypted(e);
            String unsupported = encrypted || zip.canReadEntryData(e) ? null : unsupported(e);
            return new ArchiveItem(e.getName(), e.isDirectory(), encrypted, unsupported, e.getSize(),
                    () -> new ArchiveItem.Opened(CloseShieldInputStream.wrap(zip), zip::getCompressedCount));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
