package uk.schoolgate.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, slow password hash in a self-describing string:
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in Base64, no padding). PBKDF2 with
 * HMAC-SHA256 ships with every JDK, so no native library is needed; the iteration count travels
 * with the hash, so new hashes can be made stronger without breaking old ones.
 */
public final class PasswordHash {
    public static final String SCHEME = "pbkdf2-sha256";
    /** New hashes: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Weaker stored hashes are refused: below this a stolen users file is too easy to crack. */
    public static final int MINIMUM_ITERATIONS = 210_000;
    private static final int MAXIMUM_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    public static PasswordHash create(char[] password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    public static PasswordHash create(char[] password, int iterations) {
        checkIterations(iterations);
        if (password.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations, HASH_BYTES));
    }

    /**
     * @throws IllegalArgumentException with a reason that never repeats the text (it is a secret)
     */
    public static PasswordHash parse(String encoded) {
        String[] parts = encoded.strip().split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + "$iterations$salt$hash string "
                    + "(make one with: gateway.jar passwd EMAIL)");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count is not a number");
        }
        checkIterations(iterations);
        byte[] salt = decode(parts[2], "salt");
        byte[] hash = decode(parts[3], "hash");
        if (salt.length < 8 || hash.length < 16) {
            throw new IllegalArgumentException("the salt or hash is too short");
        }
        return new PasswordHash(iterations, salt, hash);
    }

    private static void checkIterations(int iterations) {
        if (iterations < MINIMUM_ITERATIONS || iterations > MAXIMUM_ITERATIONS) {
            throw new IllegalArgumentException("the iteration count must be between " + MINIMUM_ITERATIONS + " and "
                    + MAXIMUM_ITERATIONS);
        }
    }

    private static byte[] decode(String text, String what) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " is not Base64");
        }
    }

    /** Constant-time comparison, so timing does not reveal how much of the hash matched. */
    public boolean matches(char[] password) {
        if (password.length == 0) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length));
    }

    public int iterations() {
        return iterations;
    }

    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return SCHEME + "$" + iterations + "$...";
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** A hash of nothing anyone knows, to spend the same time on unknown users as on known ones. */
    static PasswordHash decoy(int iterations) {
        return create(("decoy-" + RANDOM.nextLong()).toCharArray(), iterations);
    }
}
