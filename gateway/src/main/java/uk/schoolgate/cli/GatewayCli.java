package uk.schoolgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The gateway's command line: {@code java -jar gateway.jar <command>}. Exit status: 0 success,
 * 1 a file could not be processed (or eval below its threshold), 2 bad arguments or configuration.
 */
@Command(name = "gateway.jar", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "School mail compliance gateway.",
        subcommands = {ServeCommand.class, ScanCommand.class, EvalCommand.class, BenchCommand.class, PasswdCommand.class,
            CommandLine.HelpCommand.class})
public final class GatewayCli implements Runnable {
    public static final int OK = 0;
    public static final int FILE_FAILED = 1;
    public static final int BAD_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GatewayCli());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return BAD_USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (serve, scan, eval, bench, passwd)");
    }
}
