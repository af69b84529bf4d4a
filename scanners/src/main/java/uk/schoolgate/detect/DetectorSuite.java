package uk.schoolgate.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The enabled detectors, in order, applied to every segment of a message. */
public final class DetectorSuite {
    /** One configured detector. */
    public record Entry(String name, Detector detector, DetectorMode mode) {
    }

    private final List<Entry> entries;

    public DetectorSuite(List<Entry> entries) {
        this.entries = entries.stream().filter(e -> e.mode() != DetectorMode.OFF).toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Runs every detector over every segment; later detectors see earlier findings in the segment. */
    public List<Finding> detect(List<TextSegment> segments) {
        List<Finding> all = new ArrayList<>();
        for (TextSegment segment : segments) {
            if (segment.text().isEmpty()) {
                continue;
            }
            List<Finding> inSegment = new ArrayList<>();
            for (Entry entry : entries) {
                List<Finding> found = entry.detector().detect(segment, Collections.unmodifiableList(inSegment));
                for (Finding finding : found) {
                    inSegment.add(entry.mode() == DetectorMode.REPORT_ONLY ? finding.asReportOnly() : finding);
                }
            }
            all.addAll(inSegment);
        }
        return all;
    }
}
