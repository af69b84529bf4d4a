package uk.schoolgate.cli;

import picocli.CommandLine;
import uk.schoolgate.config.ConfigException;

/**
 * Turns configuration errors into one clear line and exit status 2; anything unexpected into one
 * line on stderr and status 1. Never a stack trace on stdout, where scan's JSON goes.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        if (ex instanceof ConfigException) {
            cli.getErr().println("configuration error: " + ex.getMessage());
            return GatewayCli.BAD_USAGE;
        }
        if (ex instanceof UsageException) {
            cli.getErr().println("error: " + ex.getMessage());
            return GatewayCli.BAD_USAGE;
        }
        cli.getErr().println("error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage())));
        return GatewayCli.FILE_FAILED;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
