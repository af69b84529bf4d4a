package uk.schoolgate.detect.people;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.detect.TextSegment;

/**
 * One lexicon scan of a segment shared by the HEALTH, SEN and SAFEGUARDING detectors built
 * together ({@link PeopleDetectors#last()}): their lexicons go into one combined automaton, the
 * first of them to read a segment scans it, and the others reuse the raw matches. Each detector
 * then keeps only its own lexicon's terms and applies only its own exclusions, so the result is
 * exactly what three separate scans would give, for the cost of one.
 *
 * <p>Thread-safe: detectors register their lexicon while the configuration loads (before any
 * message); the automaton is replaced atomically at each registration; the last scan is
 * remembered per thread, by the identity of the segment object (segments are immutable), and
 * held only weakly.
 */
final class SharedLexiconScan {
    private record Combined(PhraseAutomaton automaton, int size) {
    }

    private record Memo(Combined combined, WeakReference<TextSegment> segment, List<PhraseMatch> matches) {
    }

    private final List<List<LexiconTerm>> lexicons = new ArrayList<>();
    private volatile Combined combined;
    private final ThreadLocal<Memo> last = new ThreadLocal<>();

    /** Adds a lexicon; the returned number identifies its matches. */
    synchronized int register(Lexicon lexicon) {
        lexicons.add(lexicon.terms());
        combined = new Combined(PhraseAutomaton.combined(List.copyOf(lexicons), ""), lexicons.size());
        return lexicons.size() - 1;
    }

    /** The matches of lexicon {@code source} in the segment, exclusions applied. */
    List<PhraseMatch> find(TextSegment segment, int source) {
        Combined current = combined;
        Memo memo = last.get();
        List<PhraseMatch> raw;
        if (memo != null && memo.combined() == current && memo.segment().get() == segment) {
            raw = memo.matches();
        } else {
            raw = current.automaton().scan(segment.text(), 0, segment.text().length());
            last.set(new Memo(current, new WeakReference<>(segment), raw));
        }
        return PhraseAutomaton.resolve(raw, source);
    }
}
