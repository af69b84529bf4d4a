package uk.schoolgate.cli.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints an eval result for people: accuracy, confusion matrix, per-flag and per-type scores, mismatches. */
public final class EvalReport {
    private EvalReport() {
    }

    public static void print(EvalResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "Messages: %d%n", r.messages());
        out.printf(Locale.ROOT, "Action accuracy: %.3f (%d/%d)%n%n", r.actionAccuracy(), r.actionsCorrect(), r.messages());
        out.println("Confusion matrix (rows: expected action, columns: action given)");
        out.printf(Locale.ROOT, "%-12s", "");
        for (String col : r.confusion().keySet()) {
            out.printf(Locale.ROOT, "%12s", col);
        }
        out.println();
        for (Map.Entry<String, Map<String, Integer>> row : r.confusion().entrySet()) {
            out.printf(Locale.ROOT, "%-12s", row.getKey());
            for (String col : r.confusion().keySet()) {
                out.printf(Locale.ROOT, "%12d", row.getValue().getOrDefault(col, 0));
            }
            out.println();
        }
        out.println();
        table(out, "Flag", r.flags());
        table(out, "Finding", r.findings());
        out.printf(Locale.ROOT, "Lowest F1: %.3f%n%n", r.minF1());
        out.println("Mismatches: " + r.mismatches().size());
        for (EvalResult.Mismatch m : r.mismatches()) {
            StringBuilder sb = new StringBuilder("  ").append(m.file()).append(": ");
            if (!m.expectedAction().equals(m.gotAction())) {
                sb.append("action ").append(m.gotAction()).append(" (expected ").append(m.expectedAction()).append(")");
            } else {
                sb.append("action ").append(m.gotAction()).append(" ok");
            }
            if (!m.missing().isEmpty()) {
                sb.append("; missing ").append(String.join(", ", m.missing()));
            }
            if (!m.extra().isEmpty()) {
                sb.append("; unexpected ").append(String.join(", ", m.extra()));
            }
            out.println(sb);
        }
        out.flush();
    }

    private static void table(PrintWriter out, String title, Map<String, Score> scores) {
        out.printf(Locale.ROOT, "%-28s %5s %5s %5s %9s %7s %7s%n", title, "TP", "FP", "FN", "precision", "recall", "F1");
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            if (!s.hasSupport()) {
                out.printf(Locale.ROOT, "%-28s %5d %5d %5d %9s %7s %7s%n", e.getKey(), 0, 0, 0, "-", "-", "n/a");
                continue;
            }
            out.printf(Locale.ROOT, "%-28s %5d %5d %5d %9.3f %7.3f %7.3f%n", e.getKey(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
        }
        out.println();
    }
}
