package uk.schoolgate.detect;

/**
 * One thing a detector found.
 *
 * @param start      character offset in the segment's text
 * @param end        end offset (exclusive)
 * @param excerpt    the matched text, masked: safe for logs and scan output
 * @param confidence 0..1
 * @param subject    who the data is about, when known (a pupil's UPN, a table row), so that
 *                   bulk personal data can count distinct people; null when unknown
 * @param rule       which rule fired and which context counted, for {@code scan --explain}
 * @param reportOnly the detector is on trial: shown, but does not change the action
 */
public record Finding(FindingType type, Location location, int start, int end, String excerpt, double confidence,
                      String subject, String rule, boolean reportOnly) {

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of range: " + confidence);
        }
    }

    /** A finding in {@code segment} covering [start, end), with its excerpt masked. */
    public static Finding of(FindingType type, TextSegment segment, int start, int end, double confidence,
                             String subject, String rule) {
        return new Finding(type, segment.location(), start, end,
                Mask.excerpt(segment.text().substring(start, end)), confidence, subject, rule, false);
    }

    public Finding asReportOnly() {
        return reportOnly ? this : new Finding(type, location, start, end, excerpt, confidence, subject, rule, true);
    }
}
