package uk.schoolgate.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.cli.GatewayCli;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.StaffMember;

/** {@code gateway.jar passwd EMAIL}, reading the password from stdin as it does when stdin is not a terminal. */
class PasswdCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static synchronized Run passwd(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "passwd";
            System.arraycopy(args, 0, all, 1, args.length);
            int status = GatewayCli.run(all);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void printsALineTheUsersFileAccepts() throws Exception {
        Run run = passwd("a long enough password\n", "alice@school.example");
        assertThat(run.status()).isZero();
        assertThat(run.out()).matches("alice@school\\.example,pbkdf2-sha256\\$600000\\$[^$]+\\$[^$]+\\R");
        Path users = Files.writeString(dir.resolve("users.csv"), run.out());
        Directory staff = new Directory(List.of(new StaffMember("alice@school.example", "Alice", "Teacher", true, true)),
                List.of(), List.of());
        assertThat(UsersFile.load(users, staff).authenticate("alice@school.example", "a long enough password".toCharArray()))
                .contains("alice@school.example");
        assertThat(run.out() + run.err()).doesNotContain("a long enough password");
    }

    @Test
    void refusesAShortOrMissingPasswordAndABadAddress() {
        Run shortOne = passwd("short\n", "alice@school.example");
        assertThat(shortOne.status()).isEqualTo(GatewayCli.BAD_USAGE);
        assertThat(shortOne.err()).contains("at least 8 characters").doesNotContain("short\n");
        assertThat(shortOne.out()).isEmpty();
        assertThat(passwd("", "alice@school.example").status()).isEqualTo(GatewayCli.BAD_USAGE);
        assertThat(passwd("a long enough password\n", "not-an-address").status()).isEqualTo(GatewayCli.BAD_USAGE);
        assertThat(passwd("a long enough password\n").status()).isEqualTo(GatewayCli.BAD_USAGE);
    }
}
