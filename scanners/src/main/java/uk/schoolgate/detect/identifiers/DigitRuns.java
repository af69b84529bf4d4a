package uk.schoolgate.detect.identifiers;

import java.util.Arrays;

/**
 * Where the runs of ASCII digits are in a text. Nine of these detectors look only at digits, so the
 * text is scanned for them once and the detectors walk the runs instead of every character: most
 * mail is letters, and a detector that never looks at them costs almost nothing.
 *
 * <p>The runs of the last text seen are kept per thread (compared by identity, and strings are
 * immutable, so a hit is always right): the detectors run one after another on the same segment in
 * the same thread. Each instance is immutable once built.
 */
final class DigitRuns {
    private static final ThreadLocal<DigitRuns> LAST = new ThreadLocal<>();

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private DigitRuns(String text) {
        this.text = text;
        int[] s = new int[16];
        int[] e = new int[16];
        int c = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch > '9' || ch < '0') {
                i++;
                continue;
            }
            int start = i;
            do {
                i++;
            } while (i < n && text.charAt(i) <= '9' && text.charAt(i) >= '0');
            if (c == s.length) {
                s = Arrays.copyOf(s, c * 2);
                e = Arrays.copyOf(e, c * 2);
            }
            s[c] = start;
            e[c] = i;
            c++;
        }
        this.starts = s;
        this.ends = e;
        this.count = c;
    }

    /** The digit runs of {@code text}, reused when the same text was scanned last on this thread. */
    static DigitRuns of(String text) {
        DigitRuns last = LAST.get();
        if (last != null && last.text == text) {
            return last;
        }
        DigitRuns runs = new DigitRuns(text);
        LAST.set(runs);
        return runs;
    }

    int count() {
        return count;
    }

    int start(int run) {
        return starts[run];
    }

    int end(int run) {
        return ends[run];
    }

    int length(int run) {
        return ends[run] - starts[run];
    }
}
