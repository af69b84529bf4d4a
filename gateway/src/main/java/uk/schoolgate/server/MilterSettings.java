package uk.schoolgate.server;

import java.time.Duration;

/**
 * The milter listener an existing Postfix or Sendmail consults for every message
 * (gateway.yaml {@code milter:}); absent means no milter.
 *
 * @param bindAddress      where to listen; loopback by default, since the protocol has no
 *                         authentication and the MTA usually runs on the same host
 * @param timeout          the longest the gateway spends on one message before answering
 *                         "try again later" (the MTA then defers it; nothing is lost)
 * @param progressInterval how often the MTA is told the gateway is still working on a message, so
 *                         that its own timers (Sendmail's R= read timeout, 10 s by default) do not
 *                         fire during a long extraction
 * @param maxMessageBytes  the largest message kept in memory for checking; a larger one is refused
 *                         as the relay refuses it (552 5.3.4)
 */
public record MilterSettings(String bindAddress, int port, Duration timeout, Duration progressInterval,
                             long maxMessageBytes) {
    public MilterSettings {
        if (timeout.isNegative() || timeout.isZero() || progressInterval.isNegative() || progressInterval.isZero()) {
            throw new IllegalArgumentException("milter timeouts must be positive");
        }
    }
}
