package uk.schoolgate.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.pipeline.Pipeline;

/** Scans every labelled message and scores the verdicts against the labels. */
public final class Evaluator {
    private final Pipeline pipeline;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public EvalResult evaluate(Path corpus, List<Label> labels, Consumer<String> progress) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (Action expected : Action.values()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (Action got : Action.values()) {
                row.put(got.name(), 0);
            }
            confusion.put(expected.name(), row);
        }
        Map<String, Score> flagScores = new TreeMap<>();
        for (Flag f : Flag.values()) {
            flagScores.put(f.name(), new Score(0, 0, 0));
        }
        Map<String, Score> findingScores = new TreeMap<>();
        for (FindingType t : FindingType.values()) {
            if (t.isContractFinding()) {
                findingScores.put(t.name(), new Score(0, 0, 0));
            }
        }
        List<EvalResult.Mismatch> mismatches = new ArrayList<>();
        int correct = 0;
        int done = 0;
        for (Label label : labels) {
            Verdict verdict = scan(corpus.resolve(label.file()));
            String got = verdict == null ? "ERROR" : verdict.action().name();
            Set<String> gotFlags = new LinkedHashSet<>();
            Set<String> gotFindings = new LinkedHashSet<>();
            if (verdict != null) {
                verdict.flags().stream().map(RaisedFlag::flag).map(Enum::name).forEach(gotFlags::add);
                verdict.findings().stream().map(Finding::type).filter(FindingType::isContractFinding)
                        .map(Enum::name).forEach(gotFindings::add);
                confusion.get(label.action()).merge(got, 1, Integer::sum);
            }
            if (got.equals(label.action())) {
                correct++;
            }
            flagScores.replaceAll((name, s) -> s.add(label.flags().contains(name), gotFlags.contains(name)));
            findingScores.replaceAll((name, s) -> s.add(label.findings().contains(name), gotFindings.contains(name)));
            List<String> missing = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            diff(label.flags(), gotFlags, missing, extra);
            diff(label.findings(), gotFindings, missing, extra);
            if (!got.equals(label.action()) || !missing.isEmpty() || !extra.isEmpty()) {
                mismatches.add(new EvalResult.Mismatch(label.file(), label.action(), got, missing, extra));
            }
            if (++done % 50 == 0) {
                progress.accept("evaluated " + done + " of " + labels.size() + " messages");
            }
        }
        return new EvalResult(labels.size(), correct, confusion, flagScores, findingScores, mismatches);
    }

    private static void diff(Set<String> expected, Set<String> got, List<String> missing, List<String> extra) {
        expected.stream().filter(e -> !got.contains(e)).forEach(missing::add);
        got.stream().filter(g -> !expected.contains(g)).forEach(extra::add);
    }

    private Verdict scan(Path file) {
        try {
            return pipeline.process(Files.readAllBytes(file), Optional.empty(), List.of()).verdict();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
