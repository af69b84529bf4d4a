package uk.schoolgate.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * One entry of an archive as the walker sees it, whatever the format.
 *
 * @param name         the entry's path inside the archive, as stored (cleaned later)
 * @param directory    a directory entry, which holds nothing to read
 * @param encrypted    the entry is encrypted and cannot be read without its password
 * @param unsupported  why the entry cannot be unpacked (an unknown compression method), or null
 * @param declaredSize the size the archive claims, -1 if unknown; shown for entries that cannot be
 *                     unpacked, never used to decide anything
 */
record ArchiveItem(String name, boolean directory, boolean encrypted, String unsupported, long declaredSize,
                    Opener opener) {

    /** Opens the entry's unpacked bytes. */
    interface Opener {
        Opened open() throws IOException;
    }

    /**
     * @param in              the unpacked bytes; closing it does not close the archive
     * @param compressedSoFar compressed bytes consumed so far for this entry, or null when unknown
     */
    record Opened(InputStream in, LongSupplier compressedSoFar) {
    }
}
