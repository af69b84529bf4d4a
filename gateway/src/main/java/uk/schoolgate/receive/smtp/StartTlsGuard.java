package uk.schoolgate.receive.smtp;

import java.io.IOException;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.internal.server.Command;
import org.subethamail.smtp.internal.server.CommandException;
import org.subethamail.smtp.internal.server.HelpMessage;
import org.subethamail.smtp.server.Session;

/**
 * Conditions on STARTTLS before SubEthaSMTP's command runs the handshake: offered only with a
 * certificate, once per connection, and refused when the client has already sent more text
 * after it — plaintext pipelined after STARTTLS is the CVE-2011-0411 command injection, where a
 * man in the middle's commands would be taken as coming over the encrypted channel.
 */
final class StartTlsGuard implements Command {
    private final Command wrapped;
    private final boolean configured;

    StartTlsGuard(Command wrapped, boolean configured) {
        this.wrapped = wrapped;
        this.configured = configured;
    }

    @Override
    public void execute(String commandString, Session session) throws IOException, DropConnectionException {
        if (!configured) {
            session.sendResponse("502 5.5.1 STARTTLS is not offered here");
            return;
        }
        if (session.isTLSStarted()) {
            session.sendResponse("503 5.5.1 TLS is already active");
            return;
        }
        if (!commandString.trim().equalsIgnoreCase("STARTTLS")) {
            session.sendResponse("501 5.5.4 Syntax: STARTTLS (no parameters)");
            return;
        }
        if (session.getRawInput().available() > 0) {
            throw new DropConnectionException(554, "5.5.1 Nothing may follow STARTTLS before the TLS handshake");
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
