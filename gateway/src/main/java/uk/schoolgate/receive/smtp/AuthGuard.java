package uk.schoolgate.receive.smtp;

import java.io.IOException;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.internal.server.Command;
import org.subethamail.smtp.internal.server.CommandException;
import org.subethamail.smtp.internal.server.HelpMessage;
import org.subethamail.smtp.server.Session;
import uk.schoolgate.auth.FailedLoginLimiter;

/**
 * Conditions on AUTH before SubEthaSMTP's own AUTH command runs the exchange: only over TLS
 * (538 5.7.11, RFC 4954 6), not during a mail transaction, and not from an address that has
 * failed too often lately (454 4.7.0).
 */
final class AuthGuard implements Command {
    private final Command wrapped;
    private final FailedLoginLimiter limiter;

    AuthGuard(Command wrapped, FailedLoginLimiter limiter) {
        this.wrapped = wrapped;
        this.limiter = limiter;
    }

    @Override
    public void execute(String commandString, Session session) throws IOException, DropConnectionException {
        if (!session.isTLSStarted()) {
            session.sendResponse("538 5.7.11 Encryption required: send STARTTLS before AUTH");
            return;
        }
        if (session.isMailTransactionInProgress()) {
            session.sendResponse("503 5.5.1 AUTH is not allowed during a mail transaction");
            return;
        }
        if (limiter.isBlocked(StaffLogin.clientAddress(session))) {
            session.sendResponse("454 4.7.0 Too many failed sign-in attempts from your address; try again later");
            return;
        }
        wrapped.execute(commandString, session);
    }

    @Override
    public HelpMessage getHelp() throws CommandException {
        return wrapped.getHelp();
    }

    @Override
    public String getName() {
        return wrapped.getName();
    }
}
