package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.detect.TextWindow;

/**
 * What a detector knows about one segment while it reads it: the text, its tables, the pupils
 * found by earlier detectors, and who a value is about. Built lazily by a detector when it has a
 * candidate, used for that one {@code detect} call only (not thread-safe, never shared).
 */
final class SegmentContext {
    /** Sentences are looked for within this many characters either side (bounds the work on odd text). */
    private static final int SENTENCE_REACH = 300;

    /** No finding is longer than this; bounds the backward search for overlaps. */
    private static final int LONGEST_FINDING = 600;
    /** Identifiers name one person: other data in the same row or sentence is about that person. */
    private static final FindingType[] IDENTIFIERS = {FindingType.UK_UPN, FindingType.UK_ULN,
        FindingType.UK_NHS_NUMBER, FindingType.UK_NINO};
    private static final FindingType[] ALL_TYPES = FindingType.values();

    private final TextSegment segment;
    private final String text;
    /** Earlier findings in this segment, by start offset, for binary search (a sheet can hold thousands). */
    private final Finding[] earlier;
    private final List<Finding> pupilNames = new ArrayList<>();
    private TableHeaders tables;
    /** The last sentence worked out: valid for any offset inside it unless it was clipped to the reach. */
    private TextWindow lastSentence;
    private int lastSentenceOffset = -1;
    private TextWindow lastSentenceAt;

    SegmentContext(TextSegment segment, List<Finding> earlier) {
        this.segment = segment;
        this.text = segment.text();
        List<Finding> here = new ArrayList<>(earlier.size());
        for (Finding f : earlier) {
            if (f.location().equals(segment.location())) {
                here.add(f);
                if (f.type() == FindingType.PUPIL_NAME) {
                    pupilNames.add(f);
                }
            }
        }
        here.sort((a, b) -> Integer.compare(a.start(), b.start()));
        this.earlier = here.toArray(new Finding[0]);
    }

    /** Index of the first earlier finding that starts at or after {@code offset}. */
    private int firstStartingAt(int offset) {
        int lo = 0;
        int hi = earlier.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (earlier[mid].start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    TextSegment segment() {
        return segment;
    }

    String text() {
        return text;
    }

    /** Whether the pupil-name detector found anyone in this segment. */
    boolean hasPupils() {
        return !pupilNames.isEmpty();
    }

    TableHeaders tables() {
        if (tables == null) {
            tables = new TableHeaders(segment);
        }
        return tables;
    }

    boolean isTableRow(int offset) {
        return tables().isRow(offset);
    }

    /** The header cell above {@code offset}, or "" outside tables. */
    String headerAt(int offset) {
        return tables().headerAt(offset);
    }

    /**
     * The record a value belongs to: its table row, or else its sentence (found within a bounded
     * reach, since a sentence finder on punctuation-free text would otherwise read to the end).
     */
    TextWindow record(int offset) {
        TextWindow line = line(offset);
        if (tables().separatorOf(line.start(), line.end()) != 0) {
            return line;
        }
        return sentence(offset);
    }

    TextWindow sentence(int offset) {
        // Several questions are asked about one value; its sentence is worked out once.
        if (lastSentence != null && lastSentence.contains(offset) || offset == lastSentenceOffset) {
            return lastSentenceAt;
        }
        int from = Math.max(0, offset - SENTENCE_REACH);
        int to = Math.min(text.length(), offset + SENTENCE_REACH);
        String reach = text.substring(from, to);
        TextWindow inner = TextWindow.sentence(reach, offset - from);
        TextWindow sentence = new TextWindow(inner.start() + from, inner.end() + from);
        boolean clipped = (inner.start() == 0 && from > 0) || (inner.end() == reach.length() && to < text.length());
        lastSentence = clipped ? null : sentence;
        lastSentenceOffset = offset;
        lastSentenceAt = sentence;
        return sentence;
    }

    /**
     * Where the record (table row or sentence) holding {@code offset} starts, looking back at most
     * {@code reach} characters: for "is this word in the same sentence as the value" questions,
     * which need only the start and only nearby.
     */
    int recordStart(int offset, int reach) {
        TextWindow line = line(offset);
        if (tables().separatorOf(line.start(), line.end()) != 0) {
            return line.start();
        }
        if (lastSentence != null && lastSentence.contains(offset)) {
            return lastSentence.start();
        }
        int from = Math.max(0, offset - reach);
        TextWindow inner = TextWindow.sentence(text.substring(from, Math.min(text.length(), offset + 1)), offset - from);
        return inner.start() + from;
    }

    TextWindow line(int offset) {
        return tables().lineAt(offset);
    }

    /** The paragraph holding {@code offset}, clipped to {@code reach} characters either side. */
    TextWindow paragraph(int offset, int reach) {
        int from = Math.max(0, offset - reach);
        int to = Math.min(text.length(), offset + reach);
        TextWindow inner = TextWindow.paragraph(text.substring(from, to), offset - from);
        return new TextWindow(inner.start() + from, inner.end() + from);
    }

    /**
     * The window a detector reads context words in: {@code before} characters before the match and
     * {@code after} after it, kept within the table row (a neighbouring row is another person) or
     * within the paragraph.
     */
    TextWindow contextWindow(int start, int end, int before, int after) {
        TextWindow line = line(start);
        if (tables().separatorOf(line.start(), line.end()) != 0) {
            return new TextWindow(Math.max(line.start(), start - before), Math.min(line.end(), end + after));
        }
        TextWindow para = paragraph(start, Math.max(before, (end - start) + after) + 1);
        return new TextWindow(Math.max(para.start(), start - before), Math.min(Math.max(para.end(), end), end + after));
    }

    /**
     * The context word nearest to [start, end) within the context window, described for the
     * finding's rule ("'upn' before"), or null. Only the matched word is quoted, never the text
     * around it, so the rule carries no personal data.
     */
    String contextWord(Keywords words, int start, int end, int before, int after) {
        if (words.isEmpty()) {
            return null;
        }
        TextWindow window = contextWindow(start, end, before, after);
        Keywords.Hit hit = words.last(text, window.start(), start);
        if (hit != null) {
            return "'" + hit.phrase() + "' before";
        }
        hit = words.first(text, end, window.end());
        return hit == null ? null : "'" + hit.phrase() + "' after";
    }

    /** The header word of the column holding {@code offset} ("column 'dob'"), or null. */
    String headerWord(Keywords words, int offset) {
        if (words.isEmpty()) {
            return null;
        }
        String header = headerAt(offset);
        if (header.isEmpty()) {
            return null;
        }
        Keywords.Hit hit = words.first(header, 0, header.length());
        return hit == null ? null : "column '" + hit.phrase() + "'";
    }

    /** Whether [start, end) overlaps a finding of one of {@code types} made by an earlier detector. */
    boolean overlapsEarlier(int start, int end, FindingType... types) {
        for (int k = firstStartingAt(start - LONGEST_FINDING); k < earlier.length && earlier[k].start() < end; k++) {
            Finding f = earlier[k];
            if (f.end() > start) {
                for (FindingType t : types) {
                    if (f.type() == t) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Earlier findings of {@code type} lying inside {@code window}. */
    List<Finding> earlierIn(TextWindow window, FindingType... types) {
        List<Finding> out = new ArrayList<>();
        for (int k = firstStartingAt(window.start()); k < earlier.length && earlier[k].start() < window.end(); k++) {
            Finding f = earlier[k];
            if (f.end() <= window.end()) {
                for (FindingType t : types) {
                    if (f.type() == t) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /** Roster pupils named (by the pupil-name detector) inside {@code window}, nearest to {@code at} first. */
    List<Finding> pupilsIn(TextWindow window, int at) {
        List<Finding> in = new ArrayList<>();
        for (Finding f : pupilNames) {
            if (f.start() >= window.start() && f.end() <= window.end() && f.subject() != null) {
                in.add(f);
            }
        }
        in.sort((a, b) -> Integer.compare(distance(a, at), distance(b, at)));
        return in;
    }

    private static int distance(Finding f, int at) {
        // A name before the value ("Amelia Khan, DOB ...") is the usual order: favour it slightly.
        return f.end() <= at ? at - f.end() : (f.start() - at) + 20;
    }

    /** The UPN of the roster pupil nearest to {@code at} in the same row or sentence, or null. */
    String pupilSubject(int at) {
        if (pupilNames.isEmpty()) {
            return null;
        }
        List<Finding> pupils = pupilsIn(record(at), at);
        return pupils.isEmpty() ? null : pupils.get(0).subject();
    }

    /**
     * Who an identifier (UPN, ULN, NHS number, NINO) at {@code start} is about: a roster pupil
     * named in the same row or sentence, else the person an identifier found earlier in that
     * record belongs to, else the identifier itself ({@code value}).
     */
    String identifierSubject(int start, String value) {
        return subject(start, value, true);
    }

    /**
     * Who other personal data (a phone number, an address, a date of birth) at {@code start} is
     * about: a roster pupil named in the same row or sentence; else the person an identifier found
     * earlier in that row or sentence belongs to; in a table row, whoever an earlier finding in the
     * row was attributed to, else the row itself ("row:LOCATION:OFFSET"); outside tables
     * {@code value} (a normalised phone number or address, so repeats count once), or null.
     * Findings about one person thus share one subject, for counting distinct people.
     */
    String subject(int start, String value) {
        return subject(start, value, false);
    }

    private String subject(int start, String value, boolean valueBeforeRow) {
        TextWindow record = record(start);
        if (!pupilNames.isEmpty()) {
            List<Finding> pupils = pupilsIn(record, start);
            if (!pupils.isEmpty()) {
                return pupils.get(0).subject();
            }
        }
        if (earlier.length > 0) {
            String viaIdentifier = nearestSubject(earlierIn(record, IDENTIFIERS), start);
            if (viaIdentifier != null) {
                return viaIdentifier;
            }
        }
        boolean row = tables().separatorOf(record.start(), record.end()) != 0 && record.equals(line(start));
        if (valueBeforeRow && value != null) {
            return value;
        }
        if (row) {
            String viaRow = earlier.length > 0 ? nearestSubject(earlierIn(record, ALL_TYPES), start) : null;
            return viaRow != null ? viaRow : "row:" + segment.location().label() + ":" + record.start();
        }
        return value;
    }

    private static String nearestSubject(List<Finding> candidates, int at) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Finding f : candidates) {
            if (f.subject() == null || f.type() == FindingType.PUPIL_NAME) {
                continue;
            }
            int d = Math.abs(f.start() - at);
            if (d < bestDistance) {
                bestDistance = d;
                best = f.subject();
            }
        }
        return best;
    }
}
