package uk.schoolgate.extract;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.MemoryLimitException;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;

/**
 * Turns whatever a parser threw into an {@link Unreadable} in plain words. Exception messages are
 * never copied: parsers put document content (a cell, a header) in them. Only the class name of the
 * innermost cause is kept, for a technician.
 */
final class Failures {
    private static final int MAX_CAUSES = 32;

    private Failures() {
    }

    static Unreadable classify(Throwable thrown, MessageBudget budget, String mediaType) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable root = thrown;
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null && seen.size() <= MAX_CAUSES;
                t = t.getCause()) {
            root = t;
            if (isPasswordProblem(t)) {
                return passwordProtected();
            }
            if (t instanceof MemoryLimitException) {
                return new Unreadable(Unreadable.Reason.LIMIT_EXCEEDED,
                        "unpacking would need more memory than the gateway allows");
            }
            if (t instanceof OutOfMemoryError) {
                return new Unreadable(Unreadable.Reason.LIMIT_EXCEEDED,
                        "reading the file needed more memory than was available");
            }
            if (t instanceof StackOverflowError) {
                return new Unreadable(Unreadable.Reason.CORRUPT, "the file's structure is nested too deeply to read");
            }
            if (mentionsZipBomb(t)) {
                return new Unreadable(Unreadable.Reason.LIMIT_EXCEEDED,
                        "the file expands to far more than its own size (a zip bomb)");
            }
        }
        if (budget.timeUp() || thrown instanceof ReadingStopped || thrown instanceof InterruptedException) {
            return budget.timedOut();
        }
        if (thrown instanceof UnsupportedFormat) {
            return new Unreadable(Unreadable.Reason.CORRUPT, thrown.getMessage());
        }
        if (root instanceof UnsupportedZipFeatureException) {
            return new Unreadable(Unreadable.Reason.CORRUPT, "uses a zip feature the gateway cannot read");
        }
        return new Unreadable(Unreadable.Reason.CORRUPT,
                "could not be read as " + mediaType + " (" + root.getClass().getSimpleName() + ")");
    }

    static Unreadable passwordProtected() {
        return new Unreadable(Unreadable.Reason.PASSWORD_PROTECTED, "the file is password-protected");
    }

    private static boolean isPasswordProblem(Throwable t) {
        if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException
                || t instanceof InvalidPasswordException || t instanceof PasswordRequiredException) {
            return true;
        }
        return t instanceof UnsupportedZipFeatureException z
                && z.getFeature() == UnsupportedZipFeatureException.Feature.ENCRYPTION;
    }

    /** POI and Tika report their own zip-bomb guards only through the message. */
    private static boolean mentionsZipBomb(Throwable t) {
        String message = t.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb");
    }
}
