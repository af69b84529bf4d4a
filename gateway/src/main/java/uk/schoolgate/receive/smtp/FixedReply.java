package uk.schoolgate.receive.smtp;

import java.io.IOException;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;

/**
 * The simple commands, with enhanced status codes (ENHANCEDSTATUSCODES is advertised, so every
 * reply should carry one): RSET, NOOP, QUIT, HELP, VRFY and EXPN (which reveal nothing), and BDAT
 * (CHUNKING is not offered; the chunk that follows would otherwise be read as commands, so the
 * connection is closed).
 */
final class FixedReply extends BaseCommand {
    private enum After { NOTHING, RESET, QUIT, DROP }

    private final String reply;
    private final After after;

    private FixedReply(String verb, String reply, After after) {
        super(verb, verb);
        this.reply = reply;
        this.after = after;
    }

    static FixedReply[] all() {
        return new FixedReply[] {
            new FixedReply("RSET", "250 2.0.0 Reset", After.RESET),
            new FixedReply("NOOP", "250 2.0.0 OK", After.NOTHING),
            new FixedReply("QUIT", "221 2.0.0 Bye", After.QUIT),
            new FixedReply("HELP", "214 2.0.0 This is the school's mail gateway; see RFC 5321", After.NOTHING),
            new FixedReply("VRFY", "502 5.5.1 VRFY is not offered", After.NOTHING),
            new FixedReply("EXPN", "502 5.5.1 EXPN is not offered", After.NOTHING),
            new FixedReply("BDAT", "503 5.5.1 BDAT is not offered (use DATA); closing the connection", After.DROP),
        };
    }

    @Override
    public void execute(String commandString, Session session) throws IOException, DropConnectionException {
        switch (after) {
            case DROP -> throw new DropConnectionException(Integer.parseInt(reply.substring(0, 3)), reply.substring(4));
            case RESET -> session.resetMailTransaction();
            default -> {
            }
        }
        session.sendResponse(reply);
        if (after == After.QUIT) {
            session.quit();
        }
    }
}
