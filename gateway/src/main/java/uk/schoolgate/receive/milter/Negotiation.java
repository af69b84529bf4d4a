package uk.schoolgate.receive.milter;

import org.nightcode.milter.Actions;
import org.nightcode.milter.MilterMacros;
import org.nightcode.milter.ProtocolSteps;

/**
 * What the milter asks of the MTA when a connection opens: only the actions it uses and only the
 * protocol steps it needs, so that the MTA sends and waits for as little as possible per message.
 */
final class Negotiation {
    /**
     * Add and change headers and replace the body (a stamped message); choose the macros sent
     * with MAIL FROM. Nothing else: held mail is discarded, not put in the MTA's hold queue.
     */
    static final Actions ACTIONS = Actions.builder()
            .addHeader()
            .changeDeleteHeaders()
            .replaceBody()
            .setSymList()
            .build();

    /**
     * The envelope, headers and body are needed; the connection, HELO, DATA, unknown commands and
     * the end of headers are not. The MTA need not wait for a reply to MAIL, RCPT, each header or
     * each body chunk: the only answer comes at the end of the message. Header values come with
     * their leading space, so the message can be put back together byte for byte.
     */
    static final ProtocolSteps STEPS = ProtocolSteps.builder()
            .noConnect()
            .noHelo()
            .noData()
            .noUnknownCommands()
            .noEoh()
            .noReplyForMailFrom()
            .noReplyForRecipients()
            .noReplyForHeaders()
            .noReplyForBodyChunk()
            .headerValueLeadingSpace()
            .build();

    /** The authenticated user, for the sender checks (Postfix and Sendmail send it with MAIL by default). */
    static final String AUTH_AUTHEN = "{auth_authen}";

    static final MilterMacros MACROS = MilterMacros.builder().envfromMacros(AUTH_AUTHEN).build();

    private Negotiation() {
    }
}
