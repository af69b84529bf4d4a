package uk.schoolgate.act.deliver;

import java.util.List;
import java.util.Optional;

/**
 * Envelope addresses the SMTP client can put on the wire unchanged. Jakarta Mail writes commands
 * in ASCII unless it may use SMTPUTF8 everywhere, so an internationalised address (RFC 6531)
 * would be mangled: it is refused with the RFC 6531 code instead. Control characters, spaces and
 * angle brackets would break the command line and are refused too.
 */
final class EnvelopeCheck {
    private EnvelopeCheck() {
    }

    static Optional<DeliveryResult> refusal(String sender, List<String> recipients) {
        if (recipients.isEmpty()) {
            return Optional.of(DeliveryResult.permanentFailure(554, "5.5.1", "No recipients"));
        }
        if (!sender.isEmpty()) {
            Optional<DeliveryResult> bad = check(sender, "5.1.7", "The sender address");
            if (bad.isPresent()) {
                return bad;
            }
        }
        for (String r : recipients) {
            Optional<DeliveryResult> bad = check(r, "5.1.3", "A recipient address");
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    private static Optional<DeliveryResult> check(String address, String syntaxStatus, String which) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c > 0x7E) {
                return Optional.of(DeliveryResult.permanentFailure(553, "5.6.7",
                        which + " has non-ASCII characters, which the upstream connection does not support"));
            }
            if (c <= 0x20 || c == '<' || c == '>') {
                return Optional.of(DeliveryResult.permanentFailure(553, syntaxStatus, which + " is not valid"));
            }
        }
        return Optional.empty();
    }
}
