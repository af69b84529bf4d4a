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
 * detectors: pupils and identifiers from the findings of earlier detectors, and (looked up only
 * when a term has been found, and only once per segment) staff and parent names. One instance per
 * detect call; not shared.
 */
final class Mentions {
    private final TextSegment segment;
    private final List<Mention> known;
    private final NameFinder directory;
    private final Set<String> greetings;
    private List<Mention> withDirectory;

    Mentions(TextSegment segment, List<Finding> earlier, Set<FindingType> identifierTypes, NameFinder directory,
             Set<String> greetings) {
        this.segment = segment;
        this.directory = directory;
        this.greetings = greetings;
        List<Mention> list = new ArrayList<>();
        for (Finding f : earlier) {
            if (f.type() == FindingType.PUPIL_NAME && f.subject() != null) {
                list.add(new Mention(f.start(), f.end(), f.subject(), Mention.Kind.PUPIL, "roster pupil"));
            } else if (identifierTypes.contains(f.type())) {
                // The same key the bulk-data rule gives an identifier without a subject, so the
                // identifier and what is said about its owner count as one person.
                String subject = f.subject() != null ? f.subject()
                        : f.location().label() + "@" + f.start() + ":" + f.type();
                list.add(new Mention(f.start(), f.end(), subject, Mention.Kind.IDENTIFIER, f.type().name()));
            }
        }
        list.sort(Comparator.comparingInt(Mention::start));
        this.known = list;
    }

    /** Mentions starting in [from, to); staff and parents only when asked for. */
    List<Mention> in(int from, int to, boolean includeDirectory) {
        List<Mention> source = includeDirectory ? all() : known;
        List<Mention> out = new ArrayList<>(2);
        int i = firstAtOrAfter(source, from);
        while (i < source.size() && source.get(i).start() < to) {
            out.add(source.get(i));
            i++;
        }
        return out;
    }

    /** The UPN of the only roster pupil named in the segment, or null (none, or several). */
    String onlyPupil() {
        String only = null;
        for (Mention m : known) {
            if (m.kind() == Mention.Kind.PUPIL) {
                if (only != null && !only.equals(m.subject())) {
                    return null;
                }
                only = m.subject();
            }
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

    private List<Mention> all() {
        if (withDirectory == null) {
            withDirectory = new ArrayList<>(known);
            if (directory != null && !directory.isEmpty()) {
                String text = segment.text();
                for (NameMatch m : directory.find(text)) {
                    if (!overlapsKnown(m.start(), m.end()) && !isAddressOrSignature(text, m.start(), m.end())) {
                        withDirectory.add(new Mention(m.start(), m.end(), m.person().subject(), Mention.Kind.DIRECTORY,
                                m.person().kind()));
                    }
                }
                withDirectory.sort(Comparator.comparingInt(Mention::start));
            }
        }
        return withDirectory;
    }

    private boolean overlapsKnown(int start, int end) {
        for (Mention k : known) {
            if (k.start() < end && start < k.end()) {
                return true;
            }
        }
        return false;
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
