package uk.schoolgate.receive.smtp;

import java.io.IOException;
import java.time.Duration;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.internal.server.Command;
import org.subethamail.smtp.internal.server.CommandException;
import org.subethamail.smtp.internal.server.HelpMessage;
import org.subethamail.smtp.server.Session;

/**
 * Wraps every command to enforce the session's total time: a command after the limit closes the
 * connection with 421, and after each command the next read may wait no longer than the idle
 * timeout or the time left, whichever is shorter (SubEthaSMTP itself only knows an idle timeout).
 */
final class TimedCommand implements Command {
    static final String TIME_UP = "4.4.2 Session time limit reached; please reconnect";

    private final Command wrapped;
    private final ConnectionGate gate;
    private final Duration idleTimeout;

    TimedCommand(Command wrapped, ConnectionGate gate, Duration idleTimeout) {
        this.wrapped = wrapped;
        this.gate = gate;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void execute(String commandString, Session session) throws IOException, DropConnectionException {
        ClientSession client = gate.client(session);
        if (client.expired()) {
            throw new DropConnectionException(421, TIME_UP);
        }
        wrapped.execute(commandString, session);
        if (!session.getSocket().isClosed()) {
            session.getSocket().setSoTimeout(client.readTimeoutMillis(idleTimeout));
        }
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
