package uk.schoolgate.pipeline;

/** How long each stage took for one message, in nanoseconds (for logs and the benchmark). */
public record StageTimings(long parseNanos, long extractNanos, long detectNanos, long decideNanos, long stampNanos) {
    public long totalNanos() {
        return parseNanos + extractNanos + detectNanos + decideNanos + stampNanos;
    }
}
