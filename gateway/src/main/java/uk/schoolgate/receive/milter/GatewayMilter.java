package uk.schoolgate.receive.milter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.nightcode.milter.AbstractMilterHandler;
import org.nightcode.milter.CommandCode;
import org.nightcode.milter.MilterContext;
import org.nightcode.milter.MilterException;
import org.nightcode.milter.ProtocolSteps;
import org.nightcode.milter.codec.MilterPacket;

/**
 * The milter protocol's callbacks, one connection from the MTA each: collects the envelope,
 * headers and body of each message, and at the end of the message hands it to
 * {@link MessageChecks}, which answers. Callbacks for one connection come on one thread, in order.
 * Replies to MAIL, RCPT, headers and body chunks are negotiated away ({@link Negotiation}); the
 * {@code sendContinue()} calls below only reach an MTA that did not agree to that.
 */
final class GatewayMilter extends AbstractMilterHandler {
    /** Per connection: the message being received, and the answer being worked on. */
    private static final class Connection {
        IncomingMessage message;
        PendingAnswer pending;
    }

    private final MessageChecks checks;
    private final long maxMessageBytes;
    private final Map<UUID, Connection> connections = new ConcurrentHashMap<>();

    GatewayMilter(MessageChecks checks, long maxMessageBytes) {
        super(Negotiation.ACTIONS, Negotiation.STEPS, Negotiation.MACROS);
        this.checks = checks;
        this.maxMessageBytes = maxMessageBytes;
    }

    private Connection connection(MilterContext context) {
        return connections.computeIfAbsent(context.id(), id -> new Connection());
    }

    @Override
    public void envfrom(MilterContext context, List<String> from) throws MilterException {
        Connection c = connection(context);
        c.message = new IncomingMessage(MailPath.address(from), authenticatedUser(context), maxMessageBytes);
        c.pending = null;
        context.sendContinue();
    }

    @Override
    public void envrcpt(MilterContext context, List<String> recipients) throws MilterException {
        IncomingMessage m = connection(context).message;
        if (m != null) {
            m.recipient(MailPath.address(recipients));
        }
        context.sendContinue();
    }

    @Override
    public void header(MilterContext context, String headerName, String headerValue) throws MilterException {
        IncomingMessage m = connection(context).message;
        if (m != null) {
            // Kept with its leading space whether or not the MTA sends it, so it is put back as it was.
            String value = leadingSpace(context) || headerValue.isEmpty() ? headerValue : " " + headerValue;
            m.header(new HeaderField(headerName, value));
        }
        context.sendContinue();
    }

    @Override
    public void body(MilterContext context, byte[] bodyChunk) throws MilterException {
        IncomingMessage m = connection(context).message;
        if (m != null) {
            m.body(bodyChunk);
        }
        context.sendContinue();
    }

    @Override
    public void eom(MilterContext context, byte[] bodyChunk) throws MilterException {
        Connection c = connection(context);
        IncomingMessage m = c.message;
        c.message = null;
        if (m == null) {
            // End of a message whose start was never seen: nothing to check, so nothing may pass.
            context.sendPacket(Packets.TEMPFAIL);
            return;
        }
        m.body(bodyChunk);
        c.pending = checks.check(context, m, leadingSpace(context));
    }

    @Override
    public void abort(MilterContext context, MilterPacket packet) {
        Connection c = connections.get(context.id());
        if (c != null) {
            c.message = null;
            if (c.pending != null) {
                c.pending.abandon();
                c.pending = null;
            }
        }
    }

    @Override
    public void quit(MilterContext context) {
        Connection c = connections.remove(context.id());
        if (c != null && c.pending != null) {
            c.pending.abandon();
        }
    }

    @Override
    public void closeSession(MilterContext context) {
        quit(context);
        super.closeSession(context);
    }

    /** {@code {auth_authen}}, sent with MAIL FROM when the client signed in to the MTA. */
    private static Optional<String> authenticatedUser(MilterContext context) {
        Map<String, String> macros = context.getMacros(CommandCode.SMFIC_MAIL.code());
        if (macros == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(macros.get(Negotiation.AUTH_AUTHEN)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static boolean leadingSpace(MilterContext context) {
        ProtocolSteps steps = context.getSessionProtocolSteps();
        return steps != null && (steps.bitmap() & ProtocolSteps.HEADER_VALUE_LEADING_SPACE) != 0;
    }

    int openConnections() {
        return connections.size();
    }
}
