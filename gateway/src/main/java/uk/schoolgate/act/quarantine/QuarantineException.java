package uk.schoolgate.act.quarantine;

import java.sql.SQLException;

/**
 * The quarantine could not store or read a message. The caller answers the client 451 so that
 * nothing is lost. Database errors about data (SQLState classes 22 and 23) can quote the values
 * involved, such as a subject line, so those are not kept as the cause: only their codes are.
 */
public final class QuarantineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private QuarantineException(String message, Throwable cause) {
        super(message, cause);
    }

    public QuarantineException(String message) {
        super(message);
    }

    static QuarantineException of(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = what + " (SQLState " + state + ", error " + e.getErrorCode() + ")";
        boolean mayQuoteData = state.startsWith("22") || state.startsWith("23");
        return new QuarantineException(message, mayQuoteData ? null : e);
    }
}
