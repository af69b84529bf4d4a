package uk.schoolgate.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Names of nested items as shown to people and joined into paths: archive entries may carry
 * directories, "../" tricks, control characters or no name at all.
 */
final class Names {
    /** Longer names are shortened; no real file name needs more and notes stay readable. */
    static final int MAX_LENGTH = 255;

    private Names() {
    }

    /**
     * A readable relative name: backslashes become slashes, empty, "." and ".." segments and control
     * characters are dropped; {@code fallback} when nothing is left.
     */
    static String clean(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String n = name.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
        List<String> segments = new ArrayList<>();
        for (String segment : n.split("/")) {
            String s = segment.strip();
            if (!s.isEmpty() && !s.equals(".") && !s.equals("..")) {
                segments.add(s);
            }
        }
        String joined = String.join("/", segments);
        if (joined.isEmpty()) {
            return fallback;
        }
        return joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH) : joined;
    }

    /** The name of a single compressed file inside {@code outer} ("report.csv.gz" holds "report.csv"). */
    static String decompressed(String outer) {
        String base = outer.substring(outer.lastIndexOf('/') + 1);
        String lower = base.toLowerCase(java.util.Locale.ROOT);
        for (String[] pair : new String[][] {{".tgz", ".tar"}, {".taz", ".tar"}, {".tbz2", ".tar"}, {".tbz", ".tar"},
                {".txz", ".tar"}, {".gz", ""}, {".bz2", ""}, {".xz", ""}, {".lzma", ""}, {".z", ""}, {".zst", ""},
                {".br", ""}, {".sz", ""}, {".lz4", ""}, {".zlib", ""}, {".svgz", ".svg"}}) {
            if (lower.endsWith(pair[0]) && lower.length() > pair[0].length()) {
                return base.substring(0, base.length() - pair[0].length()) + pair[1];
            }
        }
        return base + " (unpacked)";
    }
}
