package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Directory;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * UK_UPN: a Unique Pupil Number, a check letter and twelve digits (LA code, establishment number,
 * year of allocation, serial), with the check letter DfE's algorithm gives. A temporary UPN ends
 * in a letter instead of the last digit; it is reported only with context (a UPN label or column,
 * or a roster pupil's UPN), because its shape is common in product codes.
 */
public final class UpnDetector implements Detector {
    /** Tuning keys of {@code detectors.upn}. */
    public record Settings(Keywords contextWords, Keywords headerWords, int contextBefore, int contextAfter,
                           int laCodeMin, int laCodeMax, int knownLaCodeMin, int knownLaCodeMax,
                           boolean temporaryUpns, boolean requireContext) {

        static final List<String> CONTEXT = List.of("upn", "unique pupil number", "pupil number", "pupil no",
                "former upn", "pupil id");
        static final List<String> HEADERS = List.of("upn", "unique pupil number", "pupil number", "pupil no");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            return new Settings(
                    Lexicons.keywords(node, resources, "context_words", CONTEXT),
                    Lexicons.keywords(node, resources, "header_words", HEADERS),
                    node.intValue("context_before", 60, 0, 1000),
                    node.intValue("context_after", 30, 0, 1000),
                    node.intValue("la_code_min", 100, 0, 999),
                    node.intValue("la_code_max", 999, 0, 999),
                    node.intValue("known_la_code_min", 201, 0, 999),
                    node.intValue("known_la_code_max", 938, 0, 999),
                    node.bool("temporary_upns", true),
                    node.bool("require_context", false));
        }
    }

    private final Settings settings;
    private final Directory directory;

    public UpnDetector(Settings settings, Directory directory) {
        this.settings = settings;
        this.directory = directory;
    }

    public static UpnDetector create(ConfigNode node, DetectorResources resources) {
        return new UpnDetector(Settings.read(node, resources), resources.directory());
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        int n = text.length();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        DigitRuns runs = DigitRuns.of(text);
        for (int r = 0; r < runs.count(); r++) {
            int runEnd = runs.end(r);
            int length = runs.length(r);
            int start = runs.start(r) - 1;
            if ((length != 12 && length != 11) || start < 0 || !Character.isLetter(text.charAt(start))
                    || text.charAt(start) > 'z' || Chars.wordBefore(text, start)) {
                continue;
            }
            // Staff type UPNs in lower case ("upn b383214722071"); that form needs context.
            boolean lowerCase = !Chars.isUpper(text.charAt(start));
            boolean temporary = length == 11;
            int end = temporary ? runEnd + 1 : runEnd;
            if (temporary && (!settings.temporaryUpns() || runEnd >= n || !Chars.isUpper(text.charAt(runEnd)))) {
                continue;
            }
            if (Chars.wordAt(text, end)) {
                continue;
            }
            String upn = text.substring(start, end).toUpperCase(java.util.Locale.ROOT);
            if (CheckDigits.upnCheckLetter(upn) != upn.charAt(0)) {
                continue;
            }
            int laCode = (upn.charAt(1) - '0') * 100 + (upn.charAt(2) - '0') * 10 + (upn.charAt(3) - '0');
            if (laCode < settings.laCodeMin() || laCode > settings.laCodeMax()) {
                continue;
            }
            if (ctx == null) {
                ctx = new SegmentContext(segment, earlier);
            }
            Finding finding = judge(ctx, upn, start, end, laCode, temporary, lowerCase);
            if (finding != null) {
                found.add(finding);
            }
        }
        return found;
    }

    private Finding judge(SegmentContext ctx, String upn, int start, int end, int laCode, boolean temporary,
                          boolean lowerCase) {
        boolean onRoster = directory != null && directory.pupilByUpn(upn).isPresent();
        String header = ctx.headerWord(settings.headerWords(), start);
        String context = header != null ? null
                : ctx.contextWord(settings.contextWords(), start, end, settings.contextBefore(), settings.contextAfter());
        if (lowerCase && header == null && context == null) {
            return null; // a lower-case letter and twelve digits is only a UPN when called one
        }
        boolean knownLa = laCode >= settings.knownLaCodeMin() && laCode <= settings.knownLaCodeMax();
        String kind = temporary ? "temporary UPN" : "UPN";
        double confidence;
        StringBuilder rule = new StringBuilder(kind).append(" with valid check letter")
                .append(lowerCase ? " (written in lower case)" : "");
        if (onRoster) {
            confidence = 1.0;
            rule.append("; a roster pupil's UPN");
        } else if (header != null) {
            confidence = 1.0;
            rule.append("; ").append(header);
        } else if (context != null) {
            confidence = knownLa ? 0.95 : 0.85;
            rule.append("; context ").append(context);
        } else {
            if (temporary || lowerCase || settings.requireContext()) {
                return null;
            }
            confidence = knownLa ? 0.8 : 0.6;
            rule.append("; no context").append(knownLa ? "" : ", LA code outside the issued range");
        }
        return Finding.of(FindingType.UK_UPN, ctx.segment(), start, end, confidence, ctx.identifierSubject(start, upn),
                rule.toString());
    }
}
