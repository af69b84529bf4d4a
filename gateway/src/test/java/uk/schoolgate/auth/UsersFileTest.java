package uk.schoolgate.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.StaffMember;

class UsersFileTest {
    private static final Directory STAFF = new Directory(List.of(
            new StaffMember("alice@school.example", "Alice", "Teacher", true, true),
            new StaffMember("bob@school.example", "Bob", "Head of Year", true, true)), List.of(), List.of());
    private static String aliceHash;
    private static String leaverHash;

    @TempDir
    Path dir;

    @BeforeAll
    static void hashes() {
        aliceHash = PasswordHash.create("alice's password".toCharArray(), PasswordHash.MINIMUM_ITERATIONS).encoded();
        leaverHash = PasswordHash.create("leaver's password".toCharArray(), PasswordHash.MINIMUM_ITERATIONS).encoded();
    }

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("users.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void authenticatesStaffCaseInsensitivelyAndReturnsTheirAddress() throws Exception {
        UsersFile users = UsersFile.load(file("\uFEFFemail,password_hash\n# staff SMTP accounts\n\n"
                + " Alice@School.Example , " + aliceHash + "\n"), STAFF);
        assertThat(users.size()).isEqualTo(1);
        assertThat(users.authenticate("alice@school.example", "alice's password".toCharArray())).contains("Alice@School.Example");
        assertThat(users.authenticate("ALICE@SCHOOL.EXAMPLE", "alice's password".toCharArray())).isPresent();
        assertThat(users.authenticate("alice@school.example", "Alice's password".toCharArray())).isEmpty();
        assertThat(users.authenticate("bob@school.example", "alice's password".toCharArray())).isEmpty();
        assertThat(users.authenticate("", new char[0])).isEmpty();
    }

    @Test
    void someoneNoLongerOnTheStaffListCannotSignIn() throws Exception {
        UsersFile users = UsersFile.load(file("leaver@school.example," + leaverHash + "\n"), STAFF);
        assertThat(users.authenticate("leaver@school.example", "leaver's password".toCharArray())).isEmpty();
    }

    @Test
    void aBadLineIsAConfigErrorNamingFileAndLineButNotItsContent() throws Exception {
        Path f = file("# ok\nalice@school.example," + aliceHash + "\nbob@school.example,pbkdf2-sha256$1$c2FsdHNhbHQ$aGFzaA\n");
        assertThatThrownBy(() -> UsersFile.load(f, STAFF)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + " line 3: bad password hash").hasMessageNotContaining("bob@");
        Path g = file("alice@school.example\n");
        assertThatThrownBy(() -> UsersFile.load(g, STAFF)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(g + " line 1: expected email,password_hash");
        Path h = file("not-an-address," + aliceHash + "\n");
        assertThatThrownBy(() -> UsersFile.load(h, STAFF)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1: the first column is not an email address");
        Path i = file("alice@school.example," + aliceHash + ",extra\n");
        assertThatThrownBy(() -> UsersFile.load(i, STAFF)).isInstanceOf(ConfigException.class).hasMessageContaining("line 1");
    }

    @Test
    void aSecondLineForTheSameAddressIsAConfigError() throws Exception {
        Path f = file("alice@school.example," + aliceHash + "\nALICE@school.example," + aliceHash + "\n");
        assertThatThrownBy(() -> UsersFile.load(f, STAFF)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2: this address already has a line above");
    }

    @Test
    void anUnreadableFileIsAConfigError() {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> UsersFile.load(missing, STAFF)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(missing + ": cannot read the file");
    }

    @Test
    void noAccountsAuthenticatesNobody() {
        assertThat(StaffAuthenticator.noAccounts().authenticate("alice@school.example", "x".toCharArray())).isEmpty();
    }
}
