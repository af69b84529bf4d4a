package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.detect.TextWindow;

/**
 * The identifiable people of one segment, sorted by position, for the special-category
 * detectors: pupils and identifiers from the findings of earlier detectors, and staff and parent
 * names (looked up only in the row or sentence of a term that has no pupil or identifier near it).
 * One instance per detect call; not shared.
 */
final class Mentions {
    private final TextSegment segment;
    private final List<Mention> pupils = new ArrayList<>();
    private final List<Mention> identifiers = new ArrayList<>();
    private final NameFinder directory;
    private final Set<String> greetings;
    private int directoryFrom = -1;
    private int directoryTo = -1;
    private List<Mention> directoryPeople = List.of();

    Mentions(TextSegment segment, List<Finding> earlier, Set<FindingType> identifierTypes, NameFinder directory,
             Set<String> greetings) {
        this.segment = segment;
        this.directory = directory;
        this.greetings = greetings;
        for (Finding f : earlier) {
            if (f.type() == FindingType.PUPIL_NAME && f.subject() != null) {
                pupils.add(new Mention(f.start(), f.end(), f.subject(), Mention.Kind.PUPIL, "roster pupil"));
            } else if (identifierTypes.contains(f.type())) {
                // The same key the bulk-data rule gives an identifier without a subject, so the
                // identifier and what is said about its owner count as one person.
                String subject = f.subject() != null ? f.subject()
                        : f.location().label() + "@" + f.start() + ":" + f.type();
                identifiers.add(new Mention(f.start(), f.end(), subject, Mention.Kind.IDENTIFIER, f.type().name()));
            }
        }
        pupils.sort(Comparator.comparingInt(Mention::start));
        identifiers.sort(Comparator.comparingInt(Mention::start));
    }

    /**
     * The person a term at {@code offset} is about, among the mentions starting in [from, to): a
     * pupil before an identifier before a staff member or parent (only when {@code includeDirectory});
     * within a kind the nearest one starting before the term, else the nearest after it. Null when
     * the window names nobody. Binary searches: a window may hold thousands of names.
     */
    Mention nearest(int from, int to, int offset, boolean includeDirectory) {
        Mention m = nearest(pupils, from, to, offset);
        if (m == null) {
            m = nearest(identifiers, from, to, offset);
        }
        if (m == null && includeDirectory) {
            m = nearest(directoryPeople(from, to), from, to, offset);
        }
        return m;
    }

    private static Mention nearest(List<Mention> list, int from, int to, int offset) {
        int after = firstAtOrAfter(list, offset + 1);
        int before = after - 1;
        if (before >= 0 && list.get(before).start() >= from) {
            return list.get(before);
        }
        if (after < list.size() && list.get(after).start() < to && list.get(after).start() >= from) {
            return list.get(after);
        }
        return null;
    }

    /** The UPN of the only roster pupil named in the segment, or null (none, or several). */
    String onlyPupil() {
        String only = null;
        for (Mention m : pupils) {
            if (only != null && !only.equals(m.subject())) {
                return null;
            }
            only = m.subject();
        }
        return only;
    }

    private static int firstAtOrAfter(List<Mention> list, int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Staff and parents named in text[from, to): looked for only in the window a term needs (a
     * row or a sentence), and remembered for the next term in the same window.
     */
    private List<Mention> directoryPeople(int from, int to) {
        if (from != directoryFrom || to != directoryTo) {
            directoryFrom = from;
            directoryTo = to;
            directoryPeople = new ArrayList<>();
            if (directory != null && !directory.isEmpty()) {
                String text = segment.text();
                for (NameMatch m : directory.find(text, from, to)) {
                    if (!overlapsPupil(m.start(), m.end()) && !isAddressOrSignature(text, m.start(), m.end())) {
                        directoryPeople.add(new Mention(m.start(), m.end(), m.person().subject(),
                                Mention.Kind.DIRECTORY, m.person().kind()));
                    }
                }
            }
        }
        return directoryPeople;
    }

    private boolean overlapsPupil(int start, int end) {
        int i = firstAtOrAfter(pupils, end);
        return i > 0 && pupils.get(i - 1).end() > start;
    }
    /**
     * A staff or parent name in a greeting ("Dear Katie Walker", "Thanks, Katie Walker") or alone
     * on its line (a signature, a letter heading) is the writer or the reader, not the person the
     * message says something about.
     */
    private boolean isAddressOrSignature(String text, int start, int end) {
        TextWindow line = TextWindow.line(text, start);
        int k = start;
        while (k > line.start() && (Fold.isSpace(text.charAt(k - 1)) || text.charAt(k - 1) == ',')) {
            k--;
        }
        String before = NameRules.previousWord(text, k);
        if (greetings.contains(before)) {
            return true;
        }
        int i = line.start();
        while (i < start && !Fold.isWord(text.charAt(i))) {
            i++;
        }
        String lead = Fold.foldString(text.substring(i, start)).strip();
        int j = end;
        while (j < line.end() && !Fold.isWord(text.charAt(j))) {
            j++;
        }
        boolean aloneAfter = j >= line.end();
        boolean titleOnly = lead.isEmpty() || Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev").contains(lead);
        return aloneAfter && titleOnly;
    }
}
