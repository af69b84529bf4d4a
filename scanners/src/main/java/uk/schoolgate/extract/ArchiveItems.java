package uk.schoolgate.extract;

import java.io.Closeable;
import java.io.IOException;

/** The entries of one archive, in order. */
interface ArchiveItems extends Closeable {
    /** The next entry, or null after the last. Throws when the archive is damaged at this point. */
    ArchiveItem next() throws IOException;

    @Override
    void close() throws IOException;
}
