package uk.schoolgate.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The SMTP listener staff mail clients submit to (gateway.yaml {@code smtp:}).
 *
 * @param trustedNetworks clients accepted without AUTH (loopback by default)
 * @param tlsCertificate  PEM certificate chain for STARTTLS; AUTH is offered only after STARTTLS
 * @param tlsKey          PEM private key for it
 */
public record SmtpSettings(String bindAddress, int port, String hostname, List<Network> trustedNetworks,
                           Optional<Path> tlsCertificate, Optional<Path> tlsKey, long maxMessageBytes,
                           int maxRecipients, int maxConnections, int maxConnectionsPerClient, int maxLineLength,
                           int maxHeaderLines, Duration sessionTimeout, Duration idleTimeout) {

    public boolean tlsConfigured() {
        return tlsCertificate.isPresent() && tlsKey.isPresent();
    }
}
