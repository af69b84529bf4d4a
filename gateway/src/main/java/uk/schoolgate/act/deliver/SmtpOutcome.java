package uk.schoolgate.act.deliver;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Turns what the Jakarta Mail SMTP client reports into a {@link DeliveryResult}.
 *
 * <ul>
 *   <li>An upstream reply 4xx (at MAIL, any RCPT, or DATA) is a temporary failure with its code
 *       and text; the client retries and nothing is lost.</li>
 *   <li>A 5xx is a permanent failure with the upstream's code, enhanced status and text. When
 *       recipients are refused with a mix of 4xx and 5xx, the message is treated as temporary:
 *       retrying can still deliver it to everyone, and the 5xx comes back on the retry.</li>
 *   <li>Everything that is not an upstream verdict on the message (connection refused, timeout,
 *       TLS missing or failing, the gateway's own login refused) is temporary: it is the
 *       gateway's or the upstream's problem to fix, not a reason to bounce a teacher's mail.</li>
 * </ul>
 */
final class SmtpOutcome {
    /** Angus Mail's wording when STARTTLS is required and not offered; {@link TlsMissingException} is ours. */
    private static final String STARTTLS_MISSING = "STARTTLS is required";

    private SmtpOutcome() {
    }

    static DeliveryResult accepted(String lastServerResponse) {
        SmtpReply reply = SmtpReply.parse(lastServerResponse);
        String text = reply.text().isEmpty() ? "Accepted by the upstream server" : reply.text();
        return new DeliveryResult(DeliveryResult.Status.ACCEPTED, reply.code() > 0 ? reply.code() : 250,
                reply.enhancedOr("2.0.0"), text);
    }

    static DeliveryResult of(Exception e) {
        if (e instanceof AuthenticationFailedException auth) {
            SmtpReply reply = SmtpReply.parse(auth.getMessage());
            return DeliveryResult.temporaryFailure(451, "4.7.0",
                    join("The upstream server refused the gateway's login", reply.text()));
        }
        if (e instanceof LoginUnavailableException) {
            return DeliveryResult.temporaryFailure(451, "4.7.0",
                    "The upstream server does not offer AUTH, but the gateway is configured to log in");
        }
        if (e instanceof TlsMissingException || String.valueOf(e.getMessage()).contains(STARTTLS_MISSING)) {
            return DeliveryResult.temporaryFailure(451, "4.7.0",
                    "The upstream server does not offer STARTTLS, which the gateway requires before sending");
        }
        List<SmtpReply> replies = replies(e);
        for (SmtpReply r : replies) {
            if (r.isTransient()) {
                return DeliveryResult.temporaryFailure(r.code(), r.enhancedOr("4.0.0"), r.text());
            }
        }
        for (SmtpReply r : replies) {
            if (r.isPermanent()) {
                return DeliveryResult.permanentFailure(r.code(), r.enhancedOr("5.0.0"), r.text());
            }
        }
        return ioFailure(e);
    }

    /**
     * Whether a failure means the connection was gone rather than that the upstream judged the
     * message: a pooled connection the upstream had dropped, worth one retry on a fresh one.
     */
    static boolean isConnectionLoss(Exception e) {
        if (e instanceof IllegalStateException) {
            return true;
        }
        for (SmtpReply r : replies(e)) {
            if (r.code() != 421 && r.code() > 0) {
                return false;
            }
        }
        return causes(e).stream().anyMatch(c -> c instanceof IOException) || !replies(e).isEmpty();
    }

    /**
     * Whether the upstream answered a command with a clear refusal (4xx or 5xx, not 421 "closing")
     * and nothing went wrong on the connection: the client has reset the transaction, and the
     * session can carry the next message. A recipient typo should not cost a new connection.
     */
    static boolean leavesSessionUsable(Exception e) {
        if (!(e instanceof MessagingException) || e instanceof AuthenticationFailedException) {
            return false;
        }
        List<SmtpReply> replies = replies(e);
        return !replies.isEmpty()
                && replies.stream().allMatch(r -> (r.isTransient() || r.isPermanent()) && r.code() != 421)
                && causes(e).stream().noneMatch(c -> c instanceof IOException);
    }

    private static DeliveryResult ioFailure(Exception e) {
        List<Throwable> causes = causes(e);
        if (has(causes, SocketTimeoutException.class)) {
            return DeliveryResult.temporaryFailure(451, "4.4.2", "The upstream server did not answer in time");
        }
        if (has(causes, ConnectException.class)) {
            return DeliveryResult.temporaryFailure(451, "4.4.1", "The upstream server refused the connection");
        }
        if (has(causes, UnknownHostException.class)) {
            return DeliveryResult.temporaryFailure(451, "4.4.3", "The upstream server's name could not be resolved");
        }
        if (has(causes, SSLException.class)) {
            return DeliveryResult.temporaryFailure(451, "4.7.5", "TLS with the upstream server failed");
        }
        if (has(causes, IOException.class) || e instanceof IllegalStateException) {
            return DeliveryResult.temporaryFailure(451, "4.4.2", "The connection to the upstream server was lost");
        }
        SmtpReply greeting = SmtpReply.parse(e.getMessage());
        return DeliveryResult.temporaryFailure(451, "4.3.0", join("The upstream server could not be used",
                greeting.code() > 0 ? greeting.text() : ""));
    }

    /** The upstream replies carried by the exception and its chain (MAIL, each RCPT, DATA). */
    private static List<SmtpReply> replies(Exception e) {
        List<SmtpReply> out = new ArrayList<>();
        for (Throwable t : causes(e)) {
            int code = 0;
            if (t instanceof SMTPSendFailedException s) {
                code = s.getReturnCode();
            } else if (t instanceof SMTPAddressFailedException a) {
                code = a.getReturnCode();
            } else if (t instanceof SMTPSenderFailedException f) {
                code = f.getReturnCode();
            } else {
                continue;
            }
            SmtpReply parsed = SmtpReply.parse(t.getMessage());
            out.add(new SmtpReply(code, parsed.enhancedStatus(), parsed.text()));
        }
        return out;
    }

    /** The exception, its causes and Jakarta Mail's "next" exceptions, each once. */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> queue = new ArrayList<>(List.of(e));
        while (!queue.isEmpty() && out.size() < 50) {
            Throwable t = queue.remove(0);
            if (t == null || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            out.add(t);
            queue.add(t.getCause());
            if (t instanceof MessagingException m) {
                queue.add(m.getNextException());
            }
        }
        return out;
    }

    private static boolean has(List<Throwable> causes, Class<? extends Throwable> type) {
        return causes.stream().anyMatch(type::isInstance);
    }

    private static String join(String what, String upstreamText) {
        return upstreamText == null || upstreamText.isBlank() ? what : what + ": " + upstreamText;
    }

    /** Raised by the gateway itself when a connection that must be encrypted is not. */
    static final class TlsMissingException extends MessagingException {
        private static final long serialVersionUID = 1L;

        TlsMissingException() {
            super("TLS is required but the connection is not encrypted");
        }
    }

    /** Raised by the gateway itself when it has credentials and the upstream offers no AUTH. */
    static final class LoginUnavailableException extends MessagingException {
        private static final long serialVersionUID = 1L;

        LoginUnavailableException() {
            super("AUTH is configured but the upstream does not offer it");
        }
    }
}
