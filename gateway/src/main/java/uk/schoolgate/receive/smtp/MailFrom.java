package uk.schoolgate.receive.smtp;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;

/**
 * MAIL FROM: who may send, as whom, and how big. A client on a trusted network may use any
 * sender; any other client must have signed in (530), and a signed-in member of staff may only
 * use their own address (550 5.7.1), never the null sender. A declared SIZE over the limit is
 * refused here, before any data is sent (552 5.3.4).
 */
final class MailFrom extends BaseCommand {
    static final String AUTH_REQUIRED = "530 5.7.0 Authentication required: sign in (after STARTTLS) to send";
    static final String CLOSING = "4.3.2 The gateway is restarting; please try again in a minute";

    private final ConnectionGate gate;
    private final long maxMessageBytes;

    MailFrom(ConnectionGate gate, long maxMessageBytes) {
        super("MAIL", "Specifies the sender.", "FROM: <sender> [ <parameters> ]");
        this.gate = gate;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void execute(String commandString, Session session) throws IOException, DropConnectionException {
        if (session.isMailTransactionInProgress()) {
            session.sendResponse("503 5.5.1 Sender already given (send RSET to start again)");
            return;
        }
        if (session.getHelo().isEmpty()) {
            session.sendResponse("503 5.5.1 Send EHLO first");
            return;
        }
        Optional<String> user = StaffLogin.identityOf(session);
        if (!gate.client(session).trusted() && user.isEmpty()) {
            session.sendResponse(AUTH_REQUIRED);
            return;
        }
        SmtpPath path;
        try {
            path = SmtpPath.parse(getArgPredicate(commandString), "FROM:");
        } catch (SmtpPath.SyntaxException e) {
            session.sendResponse(e.reply);
            return;
        }
        if (user.isPresent()) {
            if (path.isNullPath()) {
                session.sendResponse("550 5.7.1 The null sender <> is only accepted from the school's own servers");
                return;
            }
            if (!path.address().equalsIgnoreCase(user.get())) {
                session.sendResponse("550 5.7.1 You can only send as yourself (signed in as " + WireReply.ascii(user.get()) + ")");
                return;
            }
        }
        String parameterProblem = parameterProblem(path.parameters());
        if (parameterProblem != null) {
            session.sendResponse(parameterProblem);
            return;
        }
        session.startMailTransaction();
        Transaction transaction = (Transaction) session.getMessageHandler();
        if (!transaction.admitted()) {
            session.resetMailTransaction();
            throw new DropConnectionException(421, CLOSING);
        }
        transaction.from(path.address());
        session.sendResponse("250 2.1.0 Sender OK");
    }

    /** @return the reply refusing the parameters, or null when they are fine */
    private String parameterProblem(Map<String, String> parameters) {
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            switch (p.getKey()) {
                case "SIZE" -> {
                    if (!p.getValue().matches("[0-9]{1,18}")) {
                        return "501 5.5.4 SIZE must be a number of bytes";
                    }
                    if (Long.parseLong(p.getValue()) > maxMessageBytes) {
                        return "552 5.3.4 The message is too big: the limit is " + Sizes.megabytes(maxMessageBytes);
                    }
                }
                case "BODY" -> {
                    if (!p.getValue().equalsIgnoreCase("7BIT") && !p.getValue().equalsIgnoreCase("8BITMIME")) {
                        return "555 5.5.4 BODY must be 7BIT or 8BITMIME";
                    }
                }
                case "AUTH" -> {
                    // RFC 4954 5: the original submitter, for relays; a submission server may ignore it.
                }
                default -> {
                    return "555 5.5.4 Unsupported MAIL parameter";
                }
            }
        }
        return null;
    }
}
