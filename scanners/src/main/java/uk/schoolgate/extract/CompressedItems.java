package uk.schoolgate.extract;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorInputStream;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A single compressed file (gzip, bzip2, xz, lzma, Z, zlib, snappy, lz4, brotli) seen as an archive
 * of one entry, so it is unpacked under the same limits as a zip entry. The compressed bytes
 * consumed are counted at the source, so the ratio does not depend on what the decoder reports.
 */
final class CompressedItems implements ArchiveItems {
    private final CountingStream source;
    private final CompressorInputStream in;
    private final String name;
    private boolean given;

    private CompressedItems(CountingStream source, CompressorInputStream in, String name) {
        this.source = source;
        this.in = in;
        this.name = name;
    }

    /**
     * @param compressor    a commons-compress compressor name ("gz", "bzip2", ...)
     * @param containerName the compressed file's name, to name what is inside ("a.csv.gz" holds "a.csv")
     */
    static ArchiveItems open(String compressor, byte[] content, String containerName) throws IOException {
        CountingStream source = new CountingStream(new ByteArrayInputStream(content));
        CompressorInputStream in;
        try {
            in = new CompressorStreamFactory(true, OtherArchiveItems.MEMORY_LIMIT_KIB)
                    .createCompressorInputStream(compressor, source);
        } catch (CompressorException | LinkageError e) {
            if (compressor.equals("zstd") || compressor.equals("br")) {
                // both need a decoder library the gateway may not ship (zstd-jni, org.brotli:dec)
                throw new UnsupportedFormat("compressed with " + compressor + ", which the gateway cannot unpack", e);
            }
            throw new IOException("not readable as " + compressor, e);
        }
        String name = null;
        if (in instanceof GzipCompressorInputStream gzip) {
            name = gzip.getMetaData().getFileName();
        }
        if (name == null || name.isBlank()) {
            name = Names.decompressed(containerName);
        }
        return new CompressedItems(source, in, name);
    }

    @Override
    public ArchiveItem next() {
        if (given) {
            return null;
        }
        given = true;
        return new ArchiveItem(name, false, false, null, -1,
                () -> new ArchiveItem.Opened(in, source::count));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Counts the compressed bytes the decoder has pulled. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }
    }
}
