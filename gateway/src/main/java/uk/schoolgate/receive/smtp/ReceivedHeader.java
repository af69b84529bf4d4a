package uk.schoolgate.receive.smtp;

import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The trace header the door adds on top of each message (RFC 5321 4.4), in the usual form:
 * <pre>
 * Received: from HELO ([CLIENT-IP])
 *         (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384)
 *         by HOSTNAME (schoolgate) with ESMTPSA id SESSION-ID;
 *         Mon, 2 Mar 2026 09:15:02 +0000
 * </pre>
 * It records only what SMTP always records: no "for &lt;recipient&gt;" clause (it would reveal Bcc
 * recipients) and no user name ("A" in ESMTPSA says the sender signed in, RFC 3848). Every
 * client-supplied part is reduced to hostname characters, so no CR/LF or comment can be injected.
 */
final class ReceivedHeader {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    /**
     * @param tls the protocol and cipher suite when the session is encrypted
     */
    record Facts(String helo, InetAddress client, String hostname, Optional<String> tls, boolean authenticated,
                 String sessionId, ZonedDateTime when) {
    }

    private ReceivedHeader() {
    }

    static String of(Facts f) {
        String protocol = "ESMTP" + (f.tls().isPresent() ? "S" : "") + (f.authenticated() ? "A" : "");
        StringBuilder h = new StringBuilder("Received: from ").append(token(f.helo(), "unknown"))
                .append(" (").append(addressLiteral(f.client())).append(")\r\n");
        f.tls().ifPresent(t -> h.append("\t(using ").append(words(t, "TLS")).append(")\r\n"));
        h.append("\tby ").append(token(f.hostname(), "localhost")).append(" (schoolgate) with ").append(protocol)
                .append(" id ").append(token(f.sessionId(), "unknown")).append(";\r\n")
                .append('\t').append(DATE.format(f.when())).append("\r\n");
        return h.toString();
    }

    static byte[] prepend(String header, byte[] message) {
        byte[] head = header.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + message.length);
        out.writeBytes(head);
        out.writeBytes(message);
        return out.toByteArray();
    }

    private static String addressLiteral(InetAddress address) {
        return address instanceof Inet6Address ? "[IPv6:" + address.getHostAddress().replaceAll("%.*", "") + "]"
                : "[" + address.getHostAddress() + "]";
    }

    /** Hostname characters only, at most 255 of them. */
    private static String token(String text, String fallback) {
        return clean(text, "[^A-Za-z0-9._:\\-\\[\\]]", fallback);
    }

    /** The TLS description is the JDK's, not the client's; still, letters, digits and spaces only. */
    private static String words(String text, String fallback) {
        return clean(text, "[^A-Za-z0-9._\\- ]", fallback);
    }

    private static String clean(String text, String unwanted, String fallback) {
        String cleaned = text == null ? "" : text.replaceAll(unwanted, "").strip();
        if (cleaned.length() > 255) {
            cleaned = cleaned.substring(0, 255);
        }
        return cleaned.isEmpty() ? fallback : cleaned;
    }
}
