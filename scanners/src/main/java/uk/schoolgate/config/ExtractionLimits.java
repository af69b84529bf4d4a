package uk.schoolgate.config;

import java.time.Duration;

/**
 * Hard limits on reading attachments, so that a zip bomb, a recursive archive or a malformed PDF
 * can neither hang nor crash the gateway (gateway.yaml {@code extraction:}).
 *
 * @param maxTotalChars     text kept per message, all parts together
 * @param maxDepth          nesting: attached message, archive, document, embedded object
 * @param maxArchiveEntries entries read per archive
 * @param maxExpansionRatio uncompressed / compressed size per archive entry
 * @param maxExpandedBytes  bytes unpacked from archives per message
 * @param timeBudget        wall-clock time for all extraction of one message
 */
public record ExtractionLimits(long maxTotalChars, int maxDepth, int maxArchiveEntries, double maxExpansionRatio,
                               long maxExpandedBytes, Duration timeBudget) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(2_000_000, 4, 1000, 100, 100L * 1024 * 1024, Duration.ofSeconds(4));
    }
}
