package uk.schoolgate.receive.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * For a signed-in member of staff: does the message say it is from them? Every address in every
 * {@code From:} header, and in {@code Sender:} when there is one, must be their own: the envelope
 * check alone would let a client put a colleague's name on what the recipient sees.
 */
final class SenderHeaders {
    private SenderHeaders() {
    }

    /** @return empty when the message is theirs; else why not, in words for the reply */
    static Optional<String> refusal(byte[] message, String user) {
        InternetHeaders headers;
        try {
            headers = new InternetHeaders(new ByteArrayInputStream(message));
        } catch (MessagingException e) {
            return Optional.of("the message headers could not be read");
        }
        String[] from = headers.getHeader("From");
        if (from == null || from.length == 0) {
            return Optional.of("the message has no From: header");
        }
        List<String> addresses = new ArrayList<>();
        try {
            addAll(from, addresses);
            String[] sender = headers.getHeader("Sender");
            if (sender != null) {
                addAll(sender, addresses);
            }
        } catch (AddressException e) {
            return Optional.of("the From: header could not be read");
        }
        if (addresses.isEmpty()) {
            return Optional.of("the From: header has no address");
        }
        String mine = user.strip().toLowerCase(Locale.ROOT);
        for (String address : addresses) {
            if (!address.strip().toLowerCase(Locale.ROOT).equals(mine)) {
                return Optional.of("the From: header names another address");
            }
        }
        return Optional.empty();
    }

    private static void addAll(String[] values, List<String> out) throws AddressException {
        for (String value : values) {
            for (InternetAddress address : InternetAddress.parseHeader(MimeUtility.unfold(value), false)) {
                if (address.isGroup()) {
                    InternetAddress[] members = address.getGroup(false);
                    if (members != null) {
                        for (InternetAddress member : members) {
                            out.add(member.getAddress());
                        }
                    }
                } else {
                    out.add(address.getAddress());
                }
            }
        }
    }
}
