package uk.schoolgate.act.deliver;

import java.nio.charset.StandardCharsets;
import uk.schoolgate.server.UpstreamSettings;
import java.time.Duration;
import java.util.Optional;

/** Messages and settings shared by the delivery tests. */
final class TestMessages {
    private TestMessages() {
    }

    /** A message whose bytes Jakarta Mail would change if it re-encoded it: odd header case, folding, 8-bit text, a dot line. */
    static byte[] message(String subject) {
        String text = "Received: from client.example (client.example [192.0.2.10])\r\n"
                + "\tby gateway.oakfield.sch.uk; Thu, 5 Nov 2026 09:00:00 +0000\r\n"
                + "From: Ann Teacher <ann.teacher@oakfield.sch.uk>\r\n"
                + "To: office@council.example\r\n"
                + "subject: " + subject + "\r\n"
                + "Message-ID: <original-id-1234@client.example>\r\n"
                + "Date: Thu, 5 Nov 2026 09:00:00 +0000\r\n"
                + "X-Custom:   spaced    value\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + "Dear colleague,\r\n"
                + ".\r\n"
                + "..a line starting with dots\r\n"
                + "Café menu attached — £3.50 per meal.\r\n"
                + "\r\n"
                + "Ann\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static UpstreamSettings plain(int port) {
        return new UpstreamSettings("127.0.0.1", port, UpstreamSettings.Tls.NONE, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(5), 2);
    }

    static UpstreamSettings with(int port, UpstreamSettings.Tls tls, int connections, Duration timeout) {
        return new UpstreamSettings("127.0.0.1", port, tls, Optional.empty(), Optional.empty(), timeout, connections);
    }
}
