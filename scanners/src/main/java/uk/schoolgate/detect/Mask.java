package uk.schoolgate.detect;

/**
 * Masks personal data for anything that is not the quarantine: each run of letters or digits keeps
 * its first character or two and the rest become '*' ("12/03/2015" becomes "1*&#47;0*&#47;20**";
 * "Amelia Khan" becomes "Am**** Kh**"). Punctuation and spacing stay, so the shape is recognisable.
 */
public final class Mask {
    private static final int MAX_EXCERPT = 60;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Mask() {
    }

    public static String excerpt(String text) {
        String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(Math.min(flat.length(), MAX_EXCERPT + 1));
        int run = 0;
        int runLength = 0;
        for (int i = 0; i < flat.length() && out.length() < MAX_EXCERPT; i++) {
            char c = flat.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (run == 0) {
                    runLength = runLength(flat, i);
                }
                // A lone character is masked too: a code written "0-7-4-4-1-9" must not show through.
                int keep = runLength <= 1 ? 0 : Math.min(2, Math.max(1, runLength / 2));
                out.append(run < keep ? c : '*');
                run++;
            } else {
                run = 0;
                out.append(c);
            }
        }
        if (out.length() >= MAX_EXCERPT && flat.length() > MAX_EXCERPT) {
            out.append('…');
        }
        return out.toString();
    }

    private static int runLength(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
