package uk.schoolgate.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.schoolgate.parse.MailAddress;
import uk.schoolgate.parse.ParsedMessage;

/**
 * Who sent the message and to whom, as the door that received it knows it: the SMTP envelope
 * (MAIL FROM / RCPT TO), the milter's macros, or for {@code scan} the headers.
 *
 * @param sender            the envelope sender; empty for the null sender
 * @param recipients        every envelope recipient, in order, without duplicates
 * @param authenticatedUser the SMTP AUTH identity when the client authenticated
 */
public record Envelope(String sender, List<String> recipients, Optional<String> authenticatedUser) {
    public Envelope {
        sender = sender == null ? "" : sender.strip();
        Set<String> seen = new LinkedHashSet<>();
        List<String> unique = new ArrayList<>();
        for (String r : recipients) {
            String s = r.strip();
            if (!s.isEmpty() && seen.add(s.toLowerCase(Locale.ROOT))) {
                unique.add(s);
            }
        }
        recipients = List.copyOf(unique);
        authenticatedUser = authenticatedUser == null ? Optional.empty() : authenticatedUser;
    }

    public Envelope(String sender, List<String> recipients) {
        this(sender, recipients, Optional.empty());
    }

    /**
     * The contract's default for a saved message: the From address and every To, Cc and Bcc
     * address, unless the caller gives them ({@code scan --from/--rcpt}).
     */
    public static Envelope fromHeaders(ParsedMessage message, Optional<String> sender, List<String> recipients) {
        String from = sender.orElseGet(() -> message.from().isEmpty() ? "" : message.from().get(0).email());
        List<String> rcpts = recipients;
        if (rcpts.isEmpty()) {
            List<String> all = new ArrayList<>();
            for (List<MailAddress> list : List.of(message.to(), message.cc(), message.bcc())) {
                list.forEach(a -> all.add(a.email()));
            }
            rcpts = all;
        }
        return new Envelope(from, rcpts);
    }
}
