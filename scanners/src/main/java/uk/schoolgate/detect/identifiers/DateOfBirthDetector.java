package uk.schoolgate.detect.identifiers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Directory;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * DATE_OF_BIRTH: a whole date (with a year, in the past, a real calendar date) given as someone's
 * birth date: right after a birth word ("DOB:", "D.O.B.", "born on", "date of birth"), in a
 * column headed DOB / Date of birth, right after "birthday" used as a label ("birthday: 12/03/2015",
 * "her birthday is 12 March 2015" but not "birthday party on ..."), or a roster pupil's actual
 * date of birth in the same row or sentence as that pupil's name. Meeting dates, deadlines and
 * term dates have none of these and are not findings; nor are dates in the future.
 */
public final class DateOfBirthDetector implements Detector {
    /** Tuning keys of {@code detectors.date_of_birth}. */
    public record Settings(Keywords birthWords, Keywords birthdayWords, Keywords headerWords, Keywords negativeWords,
                           Set<String> birthdayFillers, int maxGap, int earliestYear, boolean rosterDates) {

        static final List<String> BIRTH = List.of("dob", "d.o.b", "d.o.b.", "d o b", "date of birth", "birth date",
                "birthdate", "born", "born on", "date born", "birth", "b'day", "bday");
        static final List<String> BIRTHDAY = List.of("birthday", "birthdays");
        static final List<String> HEADERS = List.of("dob", "d.o.b", "date of birth", "birth date", "birthdate",
                "born", "birthday");
        static final List<String> NEGATIVE = List.of("by", "due", "deadline", "before", "until", "till", "sent",
                "dated", "updated", "received", "form", "forms", "meeting", "party", "parties", "trip", "term",
                "returned", "return", "submitted", "on or before", "no later than", "starting",
                "expires", "expiry", "issued", "registered", "certificate", "celebration", "celebrate", "assembly",
                "event", "week", "closing", "closes", "closed", "arrive", "arrived", "arrival");
        static final List<String> BIRTHDAY_FILLERS = List.of("is", "was", "on", "the", "date", "of", "falls", "her",
                "his", "their", "my", "child's", "pupil's");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            Set<String> fillers = new HashSet<>();
            for (String f : node.stringList("birthday_fillers", BIRTHDAY_FILLERS)) {
                fillers.add(f.strip().toLowerCase(Locale.ROOT));
            }
            return new Settings(
                    Lexicons.keywords(node, resources, "birth_words", BIRTH),
                    Lexicons.keywords(node, resources, "birthday_words", BIRTHDAY),
                    Lexicons.keywords(node, resources, "header_words", HEADERS),
                    Lexicons.keywords(node, resources, "negative_words", NEGATIVE),
                    Set.copyOf(fillers),
                    node.intValue("max_gap", 40, 0, 500),
                    node.intValue("earliest_year", 1900, 1000, 3000),
                    node.bool("roster_dates", true));
        }
    }

    private final Settings settings;
    private final Directory directory;
    private final Clock clock;

    public DateOfBirthDetector(Settings settings, Directory directory, Clock clock) {
        this.settings = settings;
        this.directory = directory;
        this.clock = clock;
    }

    public static DateOfBirthDetector create(ConfigNode node, DetectorResources resources) {
        return new DateOfBirthDetector(Settings.read(node, resources), resources.directory(), Clock.systemDefaultZone());
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        LocalDate today = null;
        int pivot = 0;
        DigitRuns runs = DigitRuns.of(text);
        int consumed = 0;
        for (int r = 0; r < runs.count(); r++) {
            int i = runs.start(r);
            if (i < consumed || runs.length(r) > 4 || runs.length(r) == 3) {
                continue;
            }
            if (today == null) {
                today = LocalDate.now(clock);
                pivot = today.getYear() % 100;
            }
            DateParser.DateMatch date = DateParser.parseAt(text, i, pivot);
            if (date == null) {
                continue;
            }
            consumed = date.end();
            if (date.date().isAfter(today) || date.date().getYear() < settings.earliestYear()) {
                continue;
            }
            if (ctx == null) {
                ctx = new SegmentContext(segment, earlier);
            }
            if (ctx.overlapsEarlier(date.start(), date.end(), FindingType.PHONE_NUMBER, FindingType.UK_UPN,
                    FindingType.UK_ULN, FindingType.UK_NHS_NUMBER, FindingType.UK_NINO, FindingType.POSTAL_ADDRESS)) {
                continue;
            }
            Finding finding = judge(ctx, date);
            if (finding != null) {
                found.add(finding);
            }
        }
        return found;
    }

    private Finding judge(SegmentContext ctx, DateParser.DateMatch date) {
        String text = ctx.text();
        int start = date.start();
        // Cheapest questions first: most dates in mail have no birth word near them and no pupil.
        String label = mayHaveBirthWord(text, start) ? birthLabel(text, ctx, start) : null;
        String after = label == null ? labelAfter(text, date.end()) : null;
        String header = label == null && after == null && ctx.isTableRow(start)
                ? ctx.headerWord(settings.headerWords(), start) : null;
        String rosterPupil = ctx.hasPupils() ? rosterPupil(ctx, date) : null;
        double confidence;
        String rule;
        if (header != null) {
            confidence = rosterPupil != null ? 1.0 : 0.95;
            rule = "date in a " + header.replace("column", "column headed");
        } else if (label != null) {
            confidence = rosterPupil != null ? 1.0 : label.startsWith("'birthday") ? 0.8 : 0.95;
            rule = "date right after " + label;
        } else if (after != null) {
            confidence = 0.9;
            rule = "date followed by " + after;
        } else if (rosterPupil != null) {
            confidence = 0.9;
            rule = "a roster pupil's date of birth next to their name";
        } else {
            return null;
        }
        String subject = rosterPupil != null ? rosterPupil : ctx.subject(start, null);
        return Finding.of(FindingType.DATE_OF_BIRTH, ctx.segment(), start, date.end(), confidence, subject, rule);
    }

    /** Whether a birth word lies within reach before {@code start} at all (no sentence worked out yet). */
    private boolean mayHaveBirthWord(String text, int start) {
        int reach = settings.maxGap() + Math.max(settings.birthWords().longest(), settings.birthdayWords().longest());
        int from = Math.max(0, start - reach);
        return settings.birthWords().last(text, from, start) != null || settings.birthdayWords().last(text, from, start) != null;
    }

    /**
     * The birth word that labels the date: the nearest one before it in the same sentence or row,
     * with only a short gap between them that holds no other number and no word of a deadline or
     * an event ("DOB form due by ..."). "Birthday" only counts as a label ("birthday: ...", "her
     * birthday is ..."), never as an occasion ("birthday party on ...").
     */
    private String birthLabel(String text, SegmentContext ctx, int start) {
        int reach = settings.maxGap() + Math.max(settings.birthWords().longest(), settings.birthdayWords().longest());
        int from = Math.max(ctx.recordStart(start, reach), start - reach);
        Keywords.Hit birth = settings.birthWords().last(text, from, start);
        Keywords.Hit birthday = settings.birthdayWords().last(text, from, start);
        if (birth != null && (birthday == null || birth.end() >= birthday.end()) && gapIsClean(text, birth.end(), start)) {
            return "'" + birth.phrase() + "'";
        }
        if (birthday != null && birthdayGapIsLabel(text, birthday.end(), start)) {
            return "'" + birthday.phrase() + "' as a label";
        }
        return null;
    }

    private boolean gapIsClean(String text, int from, int to) {
        if (to - from > settings.maxGap()) {
            return false;
        }
        boolean newline = false;
        boolean words = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Chars.isDigit(c)) {
                return false;
            }
            if (c == '\n') {
                newline = true;
            } else if (Chars.isAsciiLetter(c)) {
                words = true;
            } else if ((c == '.' || c == '!' || c == '?') && i > from && i + 1 < to && Chars.isSpace(text.charAt(i + 1))
                    && Chars.isAsciiLetter(text.charAt(i - 1)) && !isInitial(text, i)) {
                return false; // a sentence ended between the word and the date
            }
        }
        if (newline && words) {
            return false; // "DOB:\n12/03/2015" is a form; words over a line break are another sentence
        }
        return !settings.negativeWords().any(text, from, to);
    }

    private static boolean isInitial(String text, int dot) {
        return dot >= 2 && (text.charAt(dot - 2) == '.' || !Chars.isAsciiLetter(text.charAt(dot - 2)));
    }

    private boolean birthdayGapIsLabel(String text, int from, int to) {
        if (to - from > settings.maxGap()) {
            return false;
        }
        for (String word : text.substring(from, to).toLowerCase(Locale.ROOT).split("[^a-z'’]+")) {
            if (!word.isEmpty() && !settings.birthdayFillers().contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "12/03/2015 (DOB)": a birth word right after the date, in brackets or after a dash. */
    private String labelAfter(String text, int end) {
        int p = end;
        int limit = Math.min(text.length(), end + 4);
        while (p < limit && (Chars.isInlineSpace(text.charAt(p)) || text.charAt(p) == '(' || text.charAt(p) == '-'
                || text.charAt(p) == '[')) {
            p++;
        }
        if (p == end || p >= text.length()) {
            return null;
        }
        Keywords.Hit hit = settings.birthWords().matchAt(text, p, Math.min(text.length(), p + 20));
        return hit == null ? null : "'" + hit.phrase() + "'";
    }

    /** The UPN of a roster pupil named in the same row or sentence whose date of birth this is, or null. */
    private String rosterPupil(SegmentContext ctx, DateParser.DateMatch date) {
        if (!settings.rosterDates() || directory == null) {
            return null;
        }
        for (Finding name : ctx.pupilsIn(ctx.record(date.start()), date.start())) {
            var pupil = directory.pupilByUpn(name.subject());
            if (pupil.isPresent() && date.date().equals(pupil.get().dateOfBirth())) {
                return name.subject();
            }
        }
        return null;
    }
}
