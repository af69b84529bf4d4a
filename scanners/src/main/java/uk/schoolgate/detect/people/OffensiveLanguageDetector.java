package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextSegment;

/**
 * OFFENSIVE_LANGUAGE: profanity, slurs and abusive phrases (lexicon
 * {@code lexicons/offensive.txt}) in the text the sender wrote: the subject and the body above
 * the quoted history ({@link TextSegment#authoredEnd()}). Attachments are not read by default:
 * they are documents written by others or records of what others said (an incident log quoting
 * a pupil), and the policy monitors the sender's own language. A reply or forward subject ("Re:
 * ...") repeats someone else's subject and is skipped. Words in quotation marks (reported
 * speech) still count, at lower confidence.
 */
public final class OffensiveLanguageDetector implements Detector {
    public static final String KEY = "offensive_language";
    static final List<String> REPLY_PREFIXES = List.of("re", "fw", "fwd", "aw", "wg", "sv", "vs", "tr", "antw",
            "rif", "r");
    /** Outlook's numbered replies: "RE[2]:". */
    private static final Pattern REPLY_COUNT = Pattern.compile("\\[\\d+\\]$");

    private final Lexicon lexicon;
    private final PhraseAutomaton automaton;
    private final Set<Location.Kind> locations;
    private final boolean skipReplySubjects;
    private final Set<String> replyPrefixes;
    private final double confidence;
    private final double quotedConfidence;

    public OffensiveLanguageDetector(ConfigNode settings, DetectorResources resources) {
        this.lexicon = LexiconLoader.load(settings, "lexicon", "lexicons/offensive.txt", resources.configDir());
        this.automaton = new PhraseAutomaton(lexicon.terms(), "*");
        Set<Location.Kind> kinds = EnumSet.noneOf(Location.Kind.class);
        for (String name : settings.stringList("locations", List.of("subject", "body"))) {
            kinds.add(settings.parseEnum("locations", Location.Kind.class, name));
        }
        this.locations = kinds;
        this.skipReplySubjects = settings.bool("skip_reply_subjects", true);
        this.replyPrefixes = Words.foldAll(settings.stringList("reply_prefixes", REPLY_PREFIXES));
        this.confidence = settings.doubleValue("confidence", 0.9, 0, 1);
        this.quotedConfidence = settings.doubleValue("quoted_speech_confidence", 0.7, 0, 1);
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        if (!locations.contains(segment.location().kind())) {
            return List.of();
        }
        String text = segment.text();
        if (segment.location().kind() == Location.Kind.SUBJECT && skipReplySubjects && isReplySubject(text)) {
            return List.of();
        }
        List<PhraseMatch> matches = automaton.find(text, 0, segment.authoredEnd());
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(matches.size());
        for (PhraseMatch m : matches) {
            boolean quoted = insideQuotes(text, m.start(), m.end());
            String rule = "offensive term (" + lexicon.name() + " line " + m.term().line() + ")"
                    + (quoted ? "; in quotation marks (reported speech)" : "");
            out.add(Finding.of(FindingType.OFFENSIVE_LANGUAGE, segment, m.start(), m.end(),
                    quoted ? quotedConfidence : confidence, null, rule));
        }
        return out;
    }

    /** "Re: ...", "FW: ...", "AW: ..." and chains of them. */
    private boolean isReplySubject(String subject) {
        int colon = subject.indexOf(':');
        if (colon <= 0 || colon > 6) {
            return false;
        }
        String prefix = REPLY_COUNT.matcher(subject.substring(0, colon).strip().toLowerCase(Locale.ROOT)).replaceAll("");
        return replyPrefixes.contains(prefix);
    }

    /** An odd number of double quotes between the start of the line and the match, and one after it. */
    private static boolean insideQuotes(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int before = 0;
        for (int i = lineStart; i < start; i++) {
            if (Fold.kind(text.charAt(i)) == Fold.QUOTE) {
                before++;
            }
        }
        if (before % 2 == 0) {
            return false;
        }
        for (int i = end; i < lineEnd; i++) {
            if (Fold.kind(text.charAt(i)) == Fold.QUOTE) {
                return true;
            }
        }
        return false;
    }
}
