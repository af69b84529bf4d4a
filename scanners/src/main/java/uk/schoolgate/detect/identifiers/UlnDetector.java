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
 * UK_ULN: a Unique Learner Number, ten digits with the LRS check digit. One ten-digit number in
 * eleven passes that check by chance, and ten-digit numbers are everywhere (order numbers,
 * phone numbers without their 0), so by default a ULN needs context: a ULN label nearby or a
 * column headed ULN.
 */
public final class UlnDetector implements Detector {
    /** Tuning keys of {@code detectors.uln}. */
    public record Settings(Keywords contextWords, Keywords headerWords, int contextBefore, int contextAfter,
                           boolean requireContext) {

        static final List<String> CONTEXT = List.of("uln", "unique learner number", "learner number", "learner no",
                "learner record", "lrs", "learning records service", "plr");
        static final List<String> HEADERS = List.of("uln", "unique learner number", "learner number", "learner no");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            return new Settings(
                    Lexicons.keywords(node, resources, "context_words", CONTEXT),
                    Lexicons.keywords(node, resources, "header_words", HEADERS),
                    node.intValue("context_before", 60, 0, 1000),
                    node.intValue("context_after", 30, 0, 1000),
                    node.bool("require_context", true));
        }
    }

    private final Settings settings;

    public UlnDetector(Settings settings) {
        this.settings = settings;
    }

    public static UlnDetector create(ConfigNode node, DetectorResources resources) {
        return new UlnDetector(Settings.read(node, resources));
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        DigitRuns runs = DigitRuns.of(text);
        for (int r = 0; r < runs.count(); r++) {
            int start = runs.start(r);
            int end = runs.end(r);
            if (end - start != 10 || Chars.wordBefore(text, start) || Chars.wordAt(text, end)
                    || Chars.joinedToNumber(text, start, end)) {
                continue;
            }
            String digits = text.substring(start, end);
            if (!CheckDigits.ulnValid(digits)) {
                continue;
            }
            if (ctx == null) {
                ctx = new SegmentContext(segment, earlier);
            }
            String header = ctx.headerWord(settings.headerWords(), start);
            String context = header != null ? null
                    : ctx.contextWord(settings.contextWords(), start, end, settings.contextBefore(), settings.contextAfter());
            double confidence;
            String rule;
            if (header != null) {
                confidence = 1.0;
                rule = "ULN with valid check digit; " + header;
            } else if (context != null) {
                confidence = 0.95;
                rule = "ULN with valid check digit; context " + context;
            } else if (!settings.requireContext()) {
                confidence = 0.5;
                rule = "ULN with valid check digit; no context";
            } else {
                continue;
            }
            found.add(Finding.of(FindingType.UK_ULN, segment, start, end, confidence, ctx.identifierSubject(start, digits), rule));
        }
        return found;
    }
}
