package uk.schoolgate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process, capturing stdout and stderr. */
record CliRun(int status, String out, String err) {
    static final Path REPO = Path.of("").toAbsolutePath().getParent();
    static final Path CONFIG = REPO.resolve("config");

    static CliRun of(String... args) {
        CommandLine cli = GatewayCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
