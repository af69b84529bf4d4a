package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * UK_NHS_NUMBER: ten digits (contiguous, or 3-3-4 with spaces or hyphens) passing the NHS
 * modulus-11 check, in an issued range, with health or NHS context nearby. The contract asks
 * for the context: one ten-digit number in eleven passes the check by chance.
 */
public final class NhsNumberDetector implements Detector {
    /** An inclusive range of the first three digits. */
    public record Range(int from, int to) {
        boolean contains(int prefix) {
            return prefix >= from && prefix <= to;
        }
    }

    /** Tuning keys of {@code detectors.nhs_number}. */
    public record Settings(Keywords contextWords, Keywords headerWords, Keywords phoneWords, int contextBefore,
                           int contextAfter, List<Range> issuedRanges) {

        static final List<String> CONTEXT = List.of("nhs", "nhs number", "nhs no", "chi", "chi number",
                "health and care number", "h&c number", "gp", "g.p.", "doctor", "doctors", "surgery", "hospital",
                "health", "medical", "clinic", "patient", "nurse", "a&e", "paediatric", "paediatrician",
                "consultant", "prescription", "camhs", "health visitor", "immunisation", "vaccination");
        static final List<String> HEADERS = List.of("nhs", "chi", "health and care number", "h&c");
        static final List<String> PHONE = List.of("tel", "telephone", "phone", "mobile", "call", "ring", "fax",
                "contact number");
        /** England, Wales and the Isle of Man; Northern Ireland; Scotland's CHI (first three digits). */
        static final List<String> RANGES = List.of("400-499", "600-799", "320-399", "010-311");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            List<Range> ranges = new ArrayList<>();
            for (String r : node.stringList("issued_ranges", RANGES)) {
                ranges.add(parseRange(node, r));
            }
            return new Settings(
                    Lexicons.keywords(node, resources, "context_words", CONTEXT),
                    Lexicons.keywords(node, resources, "header_words", HEADERS),
                    Lexicons.keywords(node, resources, "phone_words", PHONE),
                    node.intValue("context_before", 80, 0, 1000),
                    node.intValue("context_after", 40, 0, 1000),
                    List.copyOf(ranges));
        }

        private static Range parseRange(ConfigNode node, String text) {
            String[] parts = text.split("-");
            try {
                if (parts.length == 2) {
                    int from = Integer.parseInt(parts[0].strip());
                    int to = Integer.parseInt(parts[1].strip());
                    if (from >= 0 && to <= 999 && from <= to) {
                        return new Range(from, to);
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw node.error("issued_ranges", "expected ranges of the first three digits like \"400-499\", got '" + text + "'");
        }
    }

    private final Settings settings;

    public NhsNumberDetector(Settings settings) {
        this.settings = settings;
    }

    public static NhsNumberDetector create(ConfigNode node, DetectorResources resources) {
        return new NhsNumberDetector(Settings.read(node, resources));
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        DigitRuns runs = DigitRuns.of(text);
        int consumed = 0;
        for (int r = 0; r < runs.count(); r++) {
            int start = runs.start(r);
            if (start < consumed || (runs.length(r) != 10 && runs.length(r) != 3)) {
                continue;
            }
            int end = candidateEnd(text, start);
            if (end < 0 || Chars.wordBefore(text, start) || Chars.wordAt(text, end) || Chars.joinedToNumber(text, start, end)) {
                continue;
            }
            consumed = end;
            String digits = Chars.digitsOf(text, start, end);
            if (!CheckDigits.nhsValid(digits) || !inIssuedRange(digits)) {
                continue;
            }
            if (ctx == null) {
                ctx = new SegmentContext(segment, earlier);
            }
            if (digits.charAt(0) == '0' && ctx.contextWord(settings.phoneWords(), start, end, 20, 0) != null) {
                continue; // "tel 0131..." is a phone number that happens to pass the check
            }
            String header = ctx.headerWord(settings.headerWords(), start);
            String context = header != null ? null
                    : ctx.contextWord(settings.contextWords(), start, end, settings.contextBefore(), settings.contextAfter());
            if (header == null && context == null) {
                continue;
            }
            double confidence = header != null ? 1.0 : context.contains("nhs") || context.contains("chi") ? 0.95 : 0.85;
            String rule = "NHS number, modulus 11 valid, issued range; " + (header != null ? header : "context " + context);
            found.add(Finding.of(FindingType.UK_NHS_NUMBER, segment, start, end, confidence, ctx.identifierSubject(start, digits), rule));
        }
        return found;
    }

    /** End of a ten-digit number written 9434765919, 943 476 5919 or 943-476-5919 starting at {@code start}, or -1. */
    private static int candidateEnd(String text, int start) {
        int run = Chars.digitRunEnd(text, start);
        if (run - start == 10) {
            return run;
        }
        if (run - start != 3 || run >= text.length()) {
            return -1;
        }
        char sep = text.charAt(run);
        if (sep != ' ' && sep != '-' && sep != '\u00A0') {
            return -1;
        }
        int second = Chars.digitRunEnd(text, run + 1);
        if (second - run - 1 != 3 || second >= text.length() || text.charAt(second) != sep) {
            return -1;
        }
        int third = Chars.digitRunEnd(text, second + 1);
        return third - second - 1 == 4 ? third : -1;
    }

    private boolean inIssuedRange(String digits) {
        int prefix = Integer.parseInt(digits.substring(0, 3));
        for (Range r : settings.issuedRanges()) {
            if (r.contains(prefix)) {
                return true;
            }
        }
        return false;
    }
}
