package uk.schoolgate.cli.eval;

import java.util.List;
import java.util.Map;

/**
 * The scores of one eval run.
 *
 * @param confusion expected action -> got action -> count
 * @param flags     per flag name
 * @param findings  per finding type name
 */
public record EvalResult(int messages, int actionsCorrect, Map<String, Map<String, Integer>> confusion,
                         Map<String, Score> flags, Map<String, Score> findings, List<Mismatch> mismatches) {

    /** A labelled message the gateway got (partly) wrong. */
    public record Mismatch(String file, String expectedAction, String gotAction, List<String> missing,
                           List<String> extra) {
    }

    public double actionAccuracy() {
        return messages == 0 ? 1.0 : (double) actionsCorrect / messages;
    }

    /** The lowest F1 over every flag and finding type that has support, or 1.0. */
    public double minF1() {
        double min = 1.0;
        for (Score s : flags.values()) {
            if (s.hasSupport()) {
                min = Math.min(min, s.f1());
            }
        }
        for (Score s : findings.values()) {
            if (s.hasSupport()) {
                min = Math.min(min, s.f1());
            }
        }
        return min;
    }
}
