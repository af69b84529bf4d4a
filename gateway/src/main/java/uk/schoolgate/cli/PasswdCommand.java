package uk.schoolgate.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.schoolgate.auth.PasswordHash;

/**
 * {@code passwd EMAIL}: makes the users-file line for a member of staff. The password is read
 * from the terminal without echo (typed twice), or as one line from stdin when stdin is not a
 * terminal (for scripts: {@code printf '%s\n' "$PW" | gateway.jar passwd EMAIL}). It is never
 * taken from the command line, where other users and shell history could see it.
 */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = "Print the users-file line (email,hash) for a member of staff's SMTP password.")
public final class PasswdCommand implements Callable<Integer> {
    static final int MINIMUM_LENGTH = 8;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EMAIL", description = "the member of staff's email address")
    String email;

    @Override
    public Integer call() throws IOException {
        String address = email.strip();
        if (!address.matches("[^@\\s,]+@[^@\\s,]+")) {
            throw new UsageException("'" + address.replaceAll("\\p{Cntrl}", "?") + "' is not an email address");
        }
        char[] password = readPassword();
        try {
            if (password.length < MINIMUM_LENGTH) {
                throw new UsageException("the password must have at least " + MINIMUM_LENGTH + " characters");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(address + "," + PasswordHash.create(password).encoded());
            out.flush();
            return GatewayCli.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", email.strip());
            char[] second = console.readPassword("Same password again: ");
            if (first == null || second == null) {
                throw new UsageException("no password given");
            }
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new UsageException("the two passwords differ");
            }
            return first;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null) {
            throw new UsageException("no password given on stdin");
        }
        return line.toCharArray();
    }
}
