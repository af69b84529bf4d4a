package uk.schoolgate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.schoolgate.cli.eval.EvalReport;
import uk.schoolgate.cli.eval.EvalResult;
import uk.schoolgate.cli.eval.Evaluator;
import uk.schoolgate.cli.eval.Label;
import uk.schoolgate.cli.eval.LabelsFile;
import uk.schoolgate.config.ConfigLoader;
import uk.schoolgate.config.GatewayConfig;
import uk.schoolgate.pipeline.Pipeline;

/**
 * {@code eval}: scores the gateway against a labelled corpus (CORPUS_DIR/labels.json). This is how
 * technicians tune detectors: action accuracy, a confusion matrix, precision/recall/F1 per flag
 * and per finding type, and every mismatch.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the gateway's verdicts against CORPUS_DIR/labels.json.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "DIR", description = "configuration folder (holds gateway.yaml)")
    Path config;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 1 if any flag or finding type scores an F1 below X")
    Double minF1;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "exit 1 if the action accuracy is below X")
    Double minAccuracy;

    @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "folder holding labels.json and the messages")
    Path corpus;

    @Override
    public Integer call() {
        Path labelsFile = corpus.resolve("labels.json");
        if (!Files.isRegularFile(labelsFile)) {
            throw new UsageException(labelsFile + ": no such file");
        }
        List<Label> labels;
        try {
            labels = LabelsFile.read(labelsFile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        GatewayConfig cfg = ConfigLoader.load(config);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvalResult result = new Evaluator(new Pipeline(cfg)).evaluate(corpus, labels, line -> {
            err.println(line);
            err.flush();
        });
        EvalReport.print(result, out);
        int status = GatewayCli.OK;
        if (minF1 != null && result.minF1() < minF1) {
            err.printf(Locale.ROOT, "lowest F1 %.3f is below --min-f1 %.3f%n", result.minF1(), minF1);
            status = GatewayCli.FILE_FAILED;
        }
        if (minAccuracy != null && result.actionAccuracy() < minAccuracy) {
            err.printf(Locale.ROOT, "action accuracy %.3f is below --min-accuracy %.3f%n", result.actionAccuracy(), minAccuracy);
            status = GatewayCli.FILE_FAILED;
        }
        return status;
    }
}
