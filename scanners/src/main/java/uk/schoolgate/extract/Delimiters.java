package uk.schoolgate.extract;

import java.nio.charset.StandardCharsets;

/** The delimiter of a csv file, guessed from its first line, in Tika's names for them. */
final class Delimiters {
    private static final int PROBE = 4096;

    private Delimiters() {
    }

    /** "comma", "semicolon", "tab" or "pipe": whichever occurs most often outside quotes in the first line. */
    static String guess(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, PROBE), StandardCharsets.ISO_8859_1);
        int[] counts = new int[4];
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> counts[0]++;
                    case ';' -> counts[1]++;
                    case '\t' -> counts[2]++;
                    case '|' -> counts[3]++;
                    default -> {
                        // an ordinary character
                    }
                }
            }
        }
        String[] names = {"comma", "semicolon", "tab", "pipe"};
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return names[best];
    }
}
