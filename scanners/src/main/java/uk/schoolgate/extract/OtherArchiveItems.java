package uk.schoolgate.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.sevenz.SevenZMethod;
import org.apache.commons.compress.archivers.sevenz.SevenZMethodConfiguration;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.input.CloseShieldInputStream;

/** The entries of 7z, tar, cpio, ar and arj archives, read from memory with commons-compress. */
final class OtherArchiveItems {
    /**
     * Memory a decoder may claim (LZMA dictionaries, LZW tables): 7-Zip's "ultra" preset needs about
     * 86 MiB; a crafted header asking for gigabytes fails with a MemoryLimitException instead.
     */
    static final int MEMORY_LIMIT_KIB = 128 * 1024;

    private OtherArchiveItems() {
    }

    static ArchiveItems open(String format, byte[] content) throws IOException {
        if (format.equals("7z")) {
            return new SevenZ(SevenZFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                    .setMaxMemoryLimitKiB(MEMORY_LIMIT_KIB)
                    .get());
        }
        try {
            return new Streamed(new ArchiveStreamFactory().createArchiveInputStream(format,
                    new ByteArrayInputStream(content)));
        } catch (ArchiveException e) {
            throw new IOException("not a readable " + format + " archive", e);
        }
    }

    /**
     * 7z, read in order. Solid archives compress many files in one block, so a per-entry ratio
     * would be meaningless; the per-archive ratio and the byte limit still apply.
     */
    private static final class SevenZ implements ArchiveItems {
        private final SevenZFile archive;

        SevenZ(SevenZFile archive) {
            this.archive = archive;
        }

        @Override
        public ArchiveItem next() throws IOException {
            SevenZArchiveEntry e = archive.getNextEntry();
            if (e == null) {
                return null;
            }
            boolean encrypted = false;
            for (SevenZMethodConfiguration method : e.getContentMethods() == null
                    ? java.util.List.<SevenZMethodConfiguration>of() : e.getContentMethods()) {
                encrypted |= method.getMethod() == SevenZMethod.AES256SHA256;
            }
            boolean empty = !e.hasStream();
            return new ArchiveItem(e.getName(), e.isDirectory(), encrypted, null, empty ? 0 : e.getSize(),
                    () -> new ArchiveItem.Opened(empty ? InputStream.nullInputStream() : new SevenZStream(archive), null));
        }

        @Override
        public void close() throws IOException {
            archive.close();
        }
    }

    /** The current 7z entry's bytes; SevenZFile reads the current entry through its own read methods. */
    private static final class SevenZStream extends InputStream {
        private final SevenZFile archive;

        SevenZStream(SevenZFile archive) {
            this.archive = archive;
        }

        @Override
        public int read() throws IOException {
            return archive.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return archive.read(b, off, len);
        }
    }

    /** tar, cpio, ar, arj: stored, not compressed, so there is no ratio to measure per entry. */
    private static final class Streamed implements ArchiveItems {
        private final ArchiveInputStream<?> archive;

        Streamed(ArchiveInputStream<?> archive) {
            this.archive = archive;
        }

        @Override
        public ArchiveItem next() throws IOException {
            ArchiveEntry e = archive.getNextEntry();
            if (e == null) {
                return null;
            }
            String unsupported = archive.canReadEntryData(e) ? null : "uses a feature the gateway cannot unpack";
            return new ArchiveItem(e.getName(), e.isDirectory(), false, unsupported, e.getSize(),
                    () -> new ArchiveItem.Opened(CloseShieldInputStream.wrap(archive), null));
        }

        @Override
        public void close() throws IOException {
            archive.close();
        }
    }
}
