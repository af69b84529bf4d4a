package uk.schoolgate.receive.smtp;

import java.io.IOException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;

/**
 * RCPT TO: one recipient, up to the per-message limit (452 4.5.3 after it, so the client sends
 * the rest in another message, RFC 5321 4.5.3.1.8). DSN parameters are not offered.
 */
final class RcptTo extends BaseCommand {
    private final ConnectionGate gate;
    private final int maxRecipients;

    RcptTo(ConnectionGate gate, int maxRecipients) {
        super("RCPT", "Specifies the recipient. Can be used any number of times.", "TO: <recipient>");
        this.gate = gate;
        this.maxRecipients = maxRecipients;
    }

    @Override
    public void execute(String commandString, Session session) throws IOException {
        if (!session.isMailTransactionInProgress()) {
            session.sendResponse("503 5.5.1 Send MAIL FROM first");
            return;
        }
        if (!gate.client(session).trusted() && StaffLogin.identityOf(session).isEmpty()) {
            session.sendResponse(MailFrom.AUTH_REQUIRED);
            return;
        }
        if (session.getRecipientCount() >= maxRecipients) {
            session.sendResponse("452 4.5.3 Too many recipients (the limit is " + maxRecipients + " per message)");
            return;
        }
        SmtpPath path;
        try {
            path = SmtpPath.parse(getArgPredicate(commandString), "TO:");
        } catch (SmtpPath.SyntaxException e) {
            session.sendResponse(e.reply);
            return;
        }
        if (path.isNullPath()) {
            session.sendResponse("501 5.1.3 A recipient address is needed");
            return;
        }
        if (!path.parameters().isEmpty()) {
            session.sendResponse("555 5.5.4 Unsupported RCPT parameter");
            return;
        }
        ((Transaction) session.getMessageHandler()).recipient(path.address());
        session.addRecipient(path.address());
        session.sendResponse("250 2.1.5 Recipient OK");
    }
}
