package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the full names of a list of people in text: the word automaton proposes, the rules
 * decide, and overlapping proposals are settled (longest first, then the surest). Immutable.
 */
final class NameFinder {
    private static final Comparator<NameMatch> ORDER = Comparator.comparingInt(NameMatch::start)
            .thenComparing(Comparator.comparingInt((NameMatch m) -> m.end() - m.start()).reversed())
            .thenComparing(Comparator.comparingDouble(NameMatch::confidence).reversed())
            .thenComparing(m -> m.person().subject());

    private final NameAutomaton automaton;
    private final NameRules rules;
    private final double minConfidence;

    NameFinder(NameAutomaton automaton, NameRules rules, double minConfidence) {
        this.automaton = automaton;
        this.rules = rules;
        this.minConfidence = minConfidence;
    }

    boolean isEmpty() {
        return automaton.variantCount() == 0;
    }

    List<NameMatch> find(String text) {
        return find(text, 0, text.length());
    }

    List<NameMatch> find(String text, int from, int to) {
        List<NameHit> hits = new ArrayList<>();
        automaton.scan(text, from, to, hits);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<NameMatch> accepted = new ArrayList<>(hits.size());
        LineCache lines = new LineCache(text);
        for (NameHit hit : hits) {
            NameVariant variant = automaton.variant(hit.variant());
            NameRules.Verdict verdict = rules.judge(text, hit, variant, lines);
            if (verdict.confidence() > 0 && verdict.confidence() >= minConfidence) {
                accepted.add(new NameMatch(hit.start(), hit.end(), automaton.people().get(variant.person()),
                        verdict.confidence(), verdict.rule(), 1));
            }
        }
        accepted.sort(ORDER);
        List<NameMatch> out = new ArrayList<>(accepted.size());
        int i = 0;
        while (i < accepted.size()) {
            NameMatch best = accepted.get(i);
            int j = i + 1;
            while (j < accepted.size() && accepted.get(j).start() == best.start() && accepted.get(j).end() == best.end()) {
                j++;
            }
            int shared = j - i == 1 ? 1 : (int) accepted.subList(i, j).stream().map(m -> m.person().subject())
                    .distinct().count();
            if (out.isEmpty() || out.get(out.size() - 1).end() <= best.start()) {
                out.add(shared == 1 ? best : new NameMatch(best.start(), best.end(), best.person(), best.confidence(),
                        best.rule(), shared));
            }
            i = j;
        }
        return out;
    }
}
