package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * UK_NINO: a National Insurance number, two prefix letters, six digits and a suffix A to D, as
 * AB123456C, AB 12 34 56 C or AB 123456 C. HMRC's prefix rules apply: the first letter is not D,
 * F, I, Q, U or V; the second not D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are never
 * issued (so HMRC's own example QQ123456A is not a finding). Without a suffix, or in lower case,
 * the number needs a National Insurance label nearby.
 */
public final class NinoDetector implements Detector {
    private static final String BAD_FIRST = "DFIQUV";
    private static final String BAD_SECOND = "DFIOQUV";

    /** Tuning keys of {@code detectors.nino}. */
    public record Settings(Keywords contextWords, Keywords headerWords, int contextBefore, int contextAfter,
                           Set<String> invalidPrefixes) {

        static final List<String> CONTEXT = List.of("ni number", "ni no", "n.i. number", "n.i. no", "nino",
                "national insurance", "nat ins", "ni", "n.i.");
        static final List<String> HEADERS = List.of("ni number", "ni no", "nino", "national insurance", "ni", "n.i.");
        static final List<String> INVALID_PREFIXES = List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            Set<String> prefixes = new HashSet<>();
            for (String p : node.stringList("invalid_prefixes", INVALID_PREFIXES)) {
                prefixes.add(p.strip().toUpperCase(Locale.ROOT));
            }
            return new Settings(
                    Lexicons.keywords(node, resources, "context_words", CONTEXT),
                    Lexicons.keywords(node, resources, "header_words", HEADERS),
                    node.intValue("context_before", 60, 0, 1000),
                    node.intValue("context_after", 30, 0, 1000),
                    Set.copyOf(prefixes));
        }
    }

    /** A candidate: where it lies, its prefix and digits, and its suffix letter (0 when absent). */
    private record Candidate(int start, int end, String prefixAndDigits, char suffix) {
    }

    private final Settings settings;

    public NinoDetector(Settings settings) {
        this.settings = settings;
    }

    public static NinoDetector create(ConfigNode node, DetectorResources resources) {
        return new NinoDetector(Settings.read(node, resources));
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        DigitRuns runs = DigitRuns.of(text);
        int resumeAt = 0;
        for (int r = 0; r < runs.count(); r++) {
            int runStart = runs.start(r);
            if (runStart < resumeAt || runStart < 2 || (runs.length(r) != 6 && runs.length(r) != 2)) {
                continue;
            }
            Candidate c = candidateAt(text, runStart);
            if (c == null || !validPrefix(c.prefixAndDigits())) {
                continue;
            }
            resumeAt = c.end();
            if (ctx == null) {
                ctx = new SegmentContext(segment, earlier);
            }
            String header = ctx.headerWord(settings.headerWords(), c.start());
            String context = header != null ? null
                    : ctx.contextWord(settings.contextWords(), c.start(), c.end(), settings.contextBefore(), settings.contextAfter());
            boolean upperCase = text.substring(c.start(), c.end()).equals(text.substring(c.start(), c.end()).toUpperCase(Locale.ROOT));
            boolean strongShape = c.suffix() != 0 && upperCase;
            double confidence;
            String rule;
            if (header != null) {
                confidence = 1.0;
                rule = "National Insurance number, valid prefix; " + header;
            } else if (context != null) {
                confidence = strongShape ? 0.95 : 0.85;
                rule = "National Insurance number, valid prefix; context " + context;
            } else if (strongShape) {
                confidence = 0.8;
                rule = "National Insurance number, valid prefix and suffix; no context";
            } else {
                continue;
            }
            found.add(Finding.of(FindingType.UK_NINO, segment, c.start(), c.end(), confidence,
                    ctx.identifierSubject(c.start(), c.prefixAndDigits()), rule));
        }
        return found;
    }

    /** A NINO whose digits start at {@code digitsStart}, or null. */
    private static Candidate candidateAt(String text, int digitsStart) {
        int n = text.length();
        int prefixStart;
        if (digitsStart >= 2 && isLetter(text.charAt(digitsStart - 1)) && isLetter(text.charAt(digitsStart - 2))) {
            prefixStart = digitsStart - 2;
        } else if (digitsStart >= 3 && isGap(text.charAt(digitsStart - 1)) && isLetter(text.charAt(digitsStart - 2))
                && isLetter(text.charAt(digitsStart - 3))) {
            prefixStart = digitsStart - 3;
        } else {
            return null;
        }
        if (Chars.wordBefore(text, prefixStart)) {
            return null;
        }
        StringBuilder compact = new StringBuilder(8);
        compact.append(Character.toUpperCase(text.charAt(prefixStart)))
                .append(Character.toUpperCase(text.charAt(prefixStart + 1)));
        int run = Chars.digitRunEnd(text, digitsStart);
        int digitsEnd;
        if (run - digitsStart == 6) {
            digitsEnd = run;
        } else if (run - digitsStart == 2 && run < n && isGap(text.charAt(run))) {
            char sep = text.charAt(run);
            int second = Chars.digitRunEnd(text, run + 1);
            if (second - run - 1 != 2 || second >= n || text.charAt(second) != sep) {
                return null;
            }
            int third = Chars.digitRunEnd(text, second + 1);
            if (third - second - 1 != 2) {
                return null;
            }
            digitsEnd = third;
        } else {
            return null;
        }
        compact.append(Chars.digitsOf(text, digitsStart, digitsEnd));
        if (compact.length() != 8) {
            return null;
        }
        // The suffix: right after the digits, or after one space or hyphen.
        int s = digitsEnd;
        if (s < n && isGap(text.charAt(s)) && s + 1 < n && isSuffix(text.charAt(s + 1))) {
            s++;
        }
        if (s < n && isSuffix(text.charAt(s)) && !Chars.wordAt(text, s + 1)) {
            return new Candidate(prefixStart, s + 1, compact.toString(), Character.toUpperCase(text.charAt(s)));
        }
        if (Chars.wordAt(text, digitsEnd)) {
            return null;
        }
        return new Candidate(prefixStart, digitsEnd, compact.toString(), (char) 0);
    }

    private boolean validPrefix(String compact) {
        char first = compact.charAt(0);
        char second = compact.charAt(1);
        return BAD_FIRST.indexOf(first) < 0 && BAD_SECOND.indexOf(second) < 0
                && !settings.invalidPrefixes().contains(compact.substring(0, 2));
    }

    private static boolean isLetter(char c) {
        return Chars.isAsciiLetter(c);
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '-' || c == '\u00A0';
    }

    private static boolean isSuffix(char c) {
        return (c >= 'A' && c <= 'D') || (c >= 'a' && c <= 'd');
    }
}
