package uk.schoolgate.server;

import java.time.Duration;
import java.util.Optional;

/** The school's upstream server (gateway.yaml {@code upstream:}); absent means the local outbox. */
public record UpstreamSettings(String host, int port, Tls tls, Optional<String> username, Optional<String> password,
                               Duration timeout, int connections) {
    /** How the connection to the upstream is protected. */
    public enum Tls {
        /** STARTTLS, and refuse to send if the upstream does not offer it (the default). */
        STARTTLS_REQUIRED,
        /** STARTTLS when offered. */
        STARTTLS_OPTIONAL,
        /** TLS from the first byte (port 465). */
        IMPLICIT,
        /** Plain text: only for a relay on the same host or a test server. */
        NONE
    }
}
