package uk.schoolgate.receive.smtp;

import java.io.IOException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;
import uk.schoolgate.server.SmtpSettings;

/**
 * EHLO with the door's extensions. SubEthaSMTP's own EHLO omits PIPELINING and
 * ENHANCEDSTATUSCODES and offers CHUNKING (BDAT) and SMTPUTF8, which the door does not support.
 * STARTTLS is offered when a certificate is configured and TLS is not yet on; AUTH only once it
 * is, so no password ever crosses the network in clear.
 */
final class Ehlo extends BaseCommand {
    private final SmtpSettings settings;

    Ehlo(SmtpSettings settings) {
        super("EHLO", "Introduce yourself.", "<hostname>");
        this.settings = settings;
    }

    @Override
    public void execute(String commandString, Session session) throws IOException {
        String[] args = getArgs(commandString);
        if (args.length < 2) {
            session.sendResponse("501 5.5.4 Syntax: EHLO hostname");
            return;
        }
        session.resetMailTransaction();
        session.setHelo(args[1]);
        StringBuilder reply = new StringBuilder("250-").append(session.getServer().getHostName())
                .append("\r\n250-PIPELINING")
                .append("\r\n250-SIZE ").append(settings.maxMessageBytes())
                .append("\r\n250-8BITMIME")
                .append("\r\n250-ENHANCEDSTATUSCODES");
        if (settings.tlsConfigured() && !session.isTLSStarted()) {
            reply.append("\r\n250-STARTTLS");
        }
        if (session.isTLSStarted()) {
            reply.append("\r\n250-AUTH PLAIN LOGIN");
        }
        reply.append("\r\n250 HELP");
        session.sendResponse(reply.toString());
    }
}
