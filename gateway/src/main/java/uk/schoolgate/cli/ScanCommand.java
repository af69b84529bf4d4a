package uk.schoolgate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolgate.config.ConfigLoader;
import uk.schoolgate.config.GatewayConfig;
import uk.schoolgate.pipeline.Pipeline;
import uk.schoolgate.pipeline.PipelineResult;

/**
 * {@code scan}: runs the gateway's pipeline on saved messages and prints one JSON verdict per
 * line, so a technician can see what the gateway would do and why.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Show what the gateway would do with saved messages (.eml), one JSON line each.")
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "DIR", description = "configuration folder (holds gateway.yaml)")
    Path config;

    @Option(names = "--from", paramLabel = "ADDR", description = "envelope sender (default: the From address)")
    String from;

    @Option(names = "--rcpt", paramLabel = "ADDR", description = "envelope recipient, repeatable (default: To, Cc and Bcc)")
    List<String> rcpt = new ArrayList<>();

    @Option(names = "--output", paramLabel = "OUTDIR", description = "write each delivered message, stamped, here")
    Path output;

    @Option(names = "--explain", description = "add each finding's masked excerpt, confidence and rule")
    boolean explain;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "message files, or folders searched for .eml files")
    List<Path> files;

    @Override
    public Integer call() {
        GatewayConfig cfg = ConfigLoader.load(config);
        if (output != null) {
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                throw new UsageException(output + ": cannot create the output folder (" + e.getMessage() + ")");
            }
        }
        List<MessageFiles.Item> items = MessageFiles.expand(files);
        Pipeline pipeline = new Pipeline(cfg);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, items.size());
        int status = GatewayCli.OK;
        for (MessageFiles.Item item : items) {
            status = Math.max(status, scanOne(pipeline, item, out, err));
            out.flush();
            progress.step();
        }
        progress.done();
        return status;
    }

    private int scanOne(Pipeline pipeline, MessageFiles.Item item, PrintWriter out, PrintWriter err) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(item.path());
        } catch (NoSuchFileException e) {
            err.println(item.display() + ": no such file");
            return GatewayCli.FILE_FAILED;
        } catch (IOException | RuntimeException e) {
            err.println(item.display() + ": cannot read (" + e.getClass().getSimpleName() + ")");
            return GatewayCli.FILE_FAILED;
        }
        PipelineResult result;
        try {
            result = pipeline.process(raw, Optional.ofNullable(from), rcpt);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not bad input: say which file, never print its content.
            err.println(item.display() + ": could not be scanned (internal error: " + e.getClass().getSimpleName() + ")");
            return GatewayCli.FILE_FAILED;
        }
        out.println(VerdictJson.line(VerdictJson.of(item.display(), result.verdict(), explain)));
        if (output != null && result.outgoing().isPresent()) {
            Path target = output.resolve(item.relativeName());
            try {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.write(target, result.outgoing().get());
            } catch (IOException e) {
                err.println(target + ": cannot write (" + e.getMessage() + ")");
                return GatewayCli.FILE_FAILED;
            }
        }
        return GatewayCli.OK;
    }
}
