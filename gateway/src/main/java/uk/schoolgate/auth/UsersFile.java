package uk.schoolgate.auth;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.config.Directory;

/**
 * Staff SMTP accounts from a users file (gateway.yaml {@code users:}): one {@code email,hash}
 * line per member of staff, as printed by {@code gateway.jar passwd EMAIL}; {@code #} comments
 * and blank lines are allowed, and so is a first line {@code email,password_hash}. A user must
 * also be on the staff list: a leaver removed from the MIS export can no longer send, even if
 * their line is still in the file.
 */
public final class UsersFile implements StaffAuthenticator {
    private static final Logger log = LoggerFactory.getLogger(UsersFile.class);
    private static final String HEADER = "email,password_hash";

    private final Map<String, Account> accounts;
    private final Directory directory;
    private final PasswordHash decoy;

    private record Account(String email, PasswordHash hash) {
    }

    private UsersFile(Map<String, Account> accounts, Directory directory) {
        this.accounts = Map.copyOf(accounts);
        this.directory = directory;
        int iterations = accounts.values().stream().findFirst().map(a -> a.hash().iterations())
                .orElse(PasswordHash.DEFAULT_ITERATIONS);
        this.decoy = PasswordHash.decoy(iterations);
    }

    /**
     * @throws ConfigException naming the file and line of the first bad line (never its content:
     *                         the line holds a password hash)
     */
    public static UsersFile load(Path file, Directory directory) {
        List<String> lines = readLines(file);
        Map<String, Account> accounts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.equalsIgnoreCase(HEADER))) {
                continue;
            }
            Account account = parse(file, i + 1, line);
            String key = Directory.normalise(account.email());
            if (accounts.putIfAbsent(key, account) != null) {
                throw new ConfigException(file + " line " + (i + 1) + ": this address already has a line above; "
                        + "keep one line per member of staff");
            }
        }
        long notStaff = accounts.keySet().stream().filter(e -> directory.staff(e).isEmpty()).count();
        if (notStaff > 0) {
            log.warn("{}: {} account(s) are not on the staff list and cannot send", file.getFileName(), notStaff);
        }
        warnIfReadableByOthers(file);
        return new UsersFile(accounts, directory);
    }

    private static Account parse(Path file, int lineNumber, String line) {
        int comma = line.indexOf(',');
        if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
            throw new ConfigException(file + " line " + lineNumber + ": expected email,password_hash "
                    + "(make the line with: gateway.jar passwd EMAIL)");
        }
        String email = line.substring(0, comma).strip();
        if (!email.matches("[^@\\s,]+@[^@\\s,]+")) {
            throw new ConfigException(file + " line " + lineNumber + ": the first column is not an email address");
        }
        try {
            return new Account(email, PasswordHash.parse(line.substring(comma + 1)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + " line " + lineNumber + ": bad password hash: " + e.getMessage());
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The hashes are slow to crack, not impossible: the file should be readable by the gateway only. */
    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("{} can be read by every user on this machine; restrict it (chmod 600)", file.getFileName());
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): nothing to check.
        }
    }

    @Override
    public Optional<String> authenticate(String username, char[] password) {
        String key = Directory.normalise(username);
        Account account = accounts.get(key);
        // Unknown users cost the same hash as known ones, so timing does not reveal who has an account.
        boolean matches = (account == null ? decoy : account.hash()).matches(password);
        if (!matches || account == null || directory.staff(key).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(account.email());
    }

    public int size() {
        return accounts.size();
    }
}
