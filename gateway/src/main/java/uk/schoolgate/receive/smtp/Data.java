package uk.schoolgate.receive.smtp;

import java.io.EOFException;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.receive.MessageIntake;
import uk.schoolgate.receive.Reply;
import uk.schoolgate.server.SmtpSettings;

/**
 * DATA: reads the message strictly ({@link DataReader}), checks a signed-in sender's From:
 * header, adds the Received: header and hands the message to the intake while the client waits.
 * The client hears 250 only when the intake returned success; if the intake fails in any way it
 * hears 451 and tries again later, so no message is lost. The transaction ends only after the
 * reply has been sent, which is what the door's drain waits for.
 */
final class Data extends BaseCommand {
    private static final Logger log = LoggerFactory.getLogger(Data.class);

    private final SmtpSettings settings;
    private final ConnectionGate gate;
    private final MessageIntake intake;
    private final DataReader.Limits limits;

    Data(SmtpSettings settings, ConnectionGate gate, MessageIntake intake) {
        super("DATA", "Following text is collected as the message.\nEnd data with <CR><LF>.<CR><LF>");
        this.settings = settings;
        this.gate = gate;
        this.intake = intake;
        this.limits = new DataReader.Limits(settings.maxMessageBytes(), settings.maxLineLength(),
                settings.maxHeaderLines());
    }

    @Override
    public void execute(String commandString, Session session) throws IOException, DropConnectionException {
        if (!session.isMailTransactionInProgress()) {
            session.sendResponse("503 5.5.1 Send MAIL FROM first");
            return;
        }
        if (session.getRecipientCount() == 0) {
            session.sendResponse("503 5.5.1 Send RCPT TO first");
            return;
        }
        if (!commandString.trim().equalsIgnoreCase("DATA")) {
            session.sendResponse("501 5.5.4 Syntax: DATA (no parameters)");
            return;
        }
        ClientSession client = gate.client(session);
        session.sendResponse("354 End data with <CR><LF>.<CR><LF>");
        DataReader.Result data;
        try {
            data = DataReader.read(session.getRawInput(), limits, client.deadlineNanos());
        } catch (DataReader.TimeUp e) {
            throw new DropConnectionException(421, TimedCommand.TIME_UP);
        } catch (EOFException e) {
            throw new DropConnectionException(421, "4.4.0 Connection lost during DATA");
        }
        try {
            session.sendResponse(replyTo(session, client, data));
        } finally {
            // Ends the transaction (and releases the drain) only once the client has its answer.
            session.resetMailTransaction();
        }
    }

    private String replyTo(Session session, ClientSession client, DataReader.Result data) {
        if (data.problem() != null) {
            return refusal(data.problem(), client);
        }
        Optional<String> user = StaffLogin.identityOf(session);
        if (user.isPresent()) {
            Optional<String> why = SenderHeaders.refusal(data.content(), user.get());
            if (why.isPresent()) {
                return "550 5.7.1 You can only send as yourself (signed in as " + WireReply.ascii(user.get()) + "; " + why.get() + ")";
            }
        }
        Transaction transaction = (Transaction) session.getMessageHandler();
        Envelope envelope = new Envelope(transaction.sender(), transaction.recipients(), user);
        byte[] raw = ReceivedHeader.prepend(receivedHeader(session, client, user.isPresent()), data.content());
        Reply reply;
        try {
            reply = intake.accept(envelope, raw);
        } catch (Throwable e) {
            // Never the exception's message: it may quote the message or an address.
            log.error("message intake failed in session {}: {} at {}", session.getSessionId(),
                    e.getClass().getName(), e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            return WireReply.INTERNAL_ERROR;
        }
        return WireReply.of(reply);
    }

    private String refusal(DataReader.Problem problem, ClientSession client) {
        return switch (problem) {
            case BARE_LINE_ENDING -> {
                // The shape of an SMTP smuggling attempt (or a broken client): worth a security log line.
                log.warn("refused a message with a bare CR or LF from {}", client.address().getHostAddress());
                yield "554 5.6.0 Message refused: it has a line break that is not CRLF (a bare CR or LF)";
            }
            case NUL -> "554 5.6.0 Message refused: it contains a NUL character";
            case LINE_TOO_LONG -> "552 5.3.4 Message refused: a line is longer than " + settings.maxLineLength()
                    + " characters";
            case TOO_MANY_HEADER_LINES -> "552 5.3.4 Message refused: more than " + settings.maxHeaderLines()
                    + " header lines";
            case TOO_BIG -> "552 5.3.4 The message is too big: the limit is " + Sizes.megabytes(settings.maxMessageBytes());
        };
    }

    private String receivedHeader(Session session, ClientSession client, boolean authenticated) {
        Optional<String> tls = session.getSocket() instanceof SSLSocket s
                ? Optional.of(s.getSession().getProtocol() + " with cipher " + s.getSession().getCipherSuite())
                : Optional.empty();
        return ReceivedHeader.of(new ReceivedHeader.Facts(session.getHelo().orElse(""), client.address(),
                session.getServer().getHostName(), tls, authenticated, session.getSessionId(), ZonedDateTime.now()));
    }
}
