package uk.schoolgate.auth;

import java.util.Optional;

/**
 * Checks a member of staff's SMTP AUTH credentials. The SMTP door calls it after STARTTLS with
 * what the mail client sent, and only ever learns "this is staff member X" or "no".
 *
 * <p>Implementations: {@link UsersFile} (a users file with salted, slow hashes) and
 * {@link #noAccounts()}. To add LDAP / Active Directory later, implement this interface with a
 * simple bind as the user (for AD, the user's UPN or {@code DOMAIN\\user}) over LDAPS or
 * StartTLS, then read the entry's {@code mail} attribute and return it; return empty on a failed
 * bind, and throw on an unreachable directory so the door answers "try again later" (454) rather
 * than "wrong password" (535). Never search with the client's text unescaped (LDAP injection).
 * The door still checks that the returned address is on the staff list and rate-limits failures
 * per client address, whatever the implementation.
 */
public interface StaffAuthenticator {

    /**
     * @param username what the client sent as its user name (normally the staff email address)
     * @param password the password; implementations must not keep it, and the caller clears it
     * @return the member of staff's email address when the credentials are right, else empty
     * @throws RuntimeException when the check could not be made (directory down): the client is
     *                          told to try again later, not that the password is wrong
     */
    Optional<String> authenticate(String username, char[] password);

    /** For a gateway with no staff accounts: only trusted networks can send. */
    static StaffAuthenticator noAccounts() {
        return (username, password) -> Optional.empty();
    }
}
