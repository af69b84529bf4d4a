package uk.schoolgate.receive.smtp;

import java.util.Locale;

/** Byte counts in the words a reply uses. */
final class Sizes {
    private Sizes() {
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 1) {
            return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
        }
        return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
    }
}
