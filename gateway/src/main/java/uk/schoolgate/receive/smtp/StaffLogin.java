package uk.schoolgate.receive.smtp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.AuthenticationHandler;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.RejectException;
import uk.schoolgate.auth.FailedLoginLimiter;
import uk.schoolgate.auth.StaffAuthenticator;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.StaffMember;

/**
 * SMTP AUTH PLAIN and LOGIN (RFC 4616, and the de-facto LOGIN every mail client speaks) for
 * members of staff. The door offers it only after STARTTLS (see {@link AuthGuard}). A login
 * succeeds when the {@link StaffAuthenticator} vouches for the credentials and the address it
 * returns is on the staff list; every failure counts towards the client address's limit.
 */
final class StaffLogin implements AuthenticationHandlerFactory {
    private static final Logger log = LoggerFactory.getLogger(StaffLogin.class);
    static final String INVALID = "5.7.8 Authentication credentials invalid";
    private static final String USERNAME_PROMPT = "334 VXNlcm5hbWU6"; // "Username:"
    private static final String PASSWORD_PROMPT = "334 UGFzc3dvcmQ6"; // "Password:"

    private final StaffAuthenticator authenticator;
    private final Directory directory;
    private final FailedLoginLimiter limiter;

    StaffLogin(StaffAuthenticator authenticator, Directory directory, FailedLoginLimiter limiter) {
        this.authenticator = authenticator;
        this.directory = directory;
        this.limiter = limiter;
    }

    /** The signed-in member of staff's address, if the session has authenticated. */
    static Optional<String> identityOf(MessageContext context) {
        return context.getAuthenticationHandler().map(h -> (String) h.getIdentity());
    }

    @Override
    public List<String> getAuthenticationMechanisms() {
        return List.of("PLAIN", "LOGIN");
    }

    @Override
    public AuthenticationHandler create() {
        return new Exchange();
    }

    /** One AUTH exchange: the command line, then zero or more client responses. */
    private final class Exchange implements AuthenticationHandler {
        private String mechanism;
        private String username;
        private String identity;

        @Override
        public Optional<String> auth(String clientInput, MessageContext context) throws RejectException {
            if (mechanism == null) {
                String[] words = clientInput.trim().split(" +");
                mechanism = words[1].toUpperCase(Locale.ROOT);
                Optional<String> initial = words.length > 2 ? Optional.of(words[2]) : Optional.empty();
                if (mechanism.equals("PLAIN")) {
                    if (initial.isEmpty()) {
                        return Optional.of("334 ");
                    }
                    return plain(initial.get(), context);
                }
                if (initial.isEmpty()) {
                    return Optional.of(USERNAME_PROMPT);
                }
                username = text(initial.get());
                return Optional.of(PASSWORD_PROMPT);
            }
            if (mechanism.equals("PLAIN")) {
                return plain(clientInput.trim(), context);
            }
            if (username == null) {
                username = text(clientInput.trim());
                return Optional.of(PASSWORD_PROMPT);
            }
            check(username, chars(decode(clientInput.trim())), context);
            return Optional.empty();
        }

        /** PLAIN: authzid NUL authcid NUL password; acting for someone else (authzid) is refused. */
        private Optional<String> plain(String response, MessageContext context) throws RejectException {
            byte[] bytes = decode(response);
            try {
                int first = indexOf(bytes, 0);
                int second = first < 0 ? -1 : indexOf(bytes, first + 1);
                if (second < 0) {
                    throw new RejectException(501, "5.5.2 Malformed PLAIN response");
                }
                String authzid = utf8(Arrays.copyOfRange(bytes, 0, first));
                String authcid = utf8(Arrays.copyOfRange(bytes, first + 1, second));
                char[] password = chars(Arrays.copyOfRange(bytes, second + 1, bytes.length));
                if (!authzid.isEmpty() && !authzid.equalsIgnoreCase(authcid)) {
                    Arrays.fill(password, '\0');
                    throw failure(context);
                }
                check(authcid, password, context);
                return Optional.empty();
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }

        private void check(String user, char[] password, MessageContext context) throws RejectException {
            Optional<String> who;
            try {
                who = authenticator.authenticate(user, password);
            } catch (RuntimeException e) {
                log.warn("staff authentication could not be checked: {}", e.getClass().getSimpleName());
                throw new RejectException(454, "4.7.0 Temporary authentication failure; try again later");
            } finally {
                Arrays.fill(password, '\0');
            }
            Optional<StaffMember> staff = who.flatMap(directory::staff);
            if (staff.isEmpty()) {
                throw failure(context);
            }
            // The staff list's spelling of the address, so every later comparison sees one form.
            identity = staff.get().email();
        }

        private RejectException failure(MessageContext context) {
            limiter.recordFailure(clientAddress(context));
            return new RejectException(535, INVALID);
        }

        @Override
        public Object getIdentity() {
            return identity;
        }
    }

    static InetAddress clientAddress(MessageContext context) {
        return ((InetSocketAddress) context.getRemoteAddress()).getAddress();
    }

    private static byte[] decode(String base64) throws RejectException {
        if (base64.equals("=")) {
            return new byte[0]; // RFC 4954: "=" is an empty initial response
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new RejectException(501, "5.5.2 Cannot decode the response (not Base64)");
        }
    }

    private static String text(String base64) throws RejectException {
        return utf8(decode(base64));
    }

    private static String utf8(byte[] bytes) throws RejectException {
        return new String(chars(bytes));
    }

    /** Strict UTF-8 into a char array the caller can wipe (a String could not be wiped). */
    private static char[] chars(byte[] bytes) throws RejectException {
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            char[] out = new char[decoded.remaining()];
            decoded.get(out);
            Arrays.fill(decoded.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new RejectException(501, "5.5.2 The response is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
