package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorDefinition;
import uk.schoolgate.detect.DetectorSuite;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.TextSegment;

/**
 * Measures how fast each detector reads a few megabytes of realistic school mail (mostly prose,
 * some signatures, invoices, meeting invitations, class lists and personal details) and prints
 * MB/s. Timing is machine-dependent, so nothing is asserted about it; the target is 50 MB/s
 * for the whole detection stage (all detectors) on one core.
 */
class IdentifierThroughputTest {
    private static final int TOTAL_CHARS = 4_000_000;
    private static final int MESSAGE_CHARS = 20_000;
    private static final int ROUNDS = 5;

    @Test
    void printsThroughputPerDetectorAndCombined() {
        String corpus = SampleTexts.mixed(TOTAL_CHARS, 42);
        List<TextSegment> messages = new ArrayList<>();
        for (int i = 0; i < corpus.length(); i += MESSAGE_CHARS) {
            messages.add(Fixtures.body(corpus.substring(i, Math.min(corpus.length(), i + MESSAGE_CHARS))));
        }
        double megabytes = corpus.getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
        System.out.printf("Corpus: %.1f MB in %d segments%n", megabytes, messages.size());
        int total = 0;
        for (DetectorDefinition definition : IdentifierDetectors.definitions()) {
            Detector detector = definition.factory().create(Fixtures.defaults(), Fixtures.RESOURCES);
            int found = 0;
            for (int warm = 0; warm < 3; warm++) {
                found = run(detector, messages);
            }
            long start = System.nanoTime();
            for (int r = 0; r < ROUNDS; r++) {
                run(detector, messages);
            }
            double seconds = (System.nanoTime() - start) / 1e9 / ROUNDS;
            System.out.printf("%-15s %8.1f MB/s  (%d findings)%n", definition.name(), megabytes / seconds, found);
            total += found;
        }
        DetectorSuite suite = IdentifierDetectorsTest.suite();
        int combined = 0;
        for (int warm = 0; warm < 3; warm++) {
            combined = suite.detect(messages).size();
        }
        long start = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            suite.detect(messages);
        }
        double seconds = (System.nanoTime() - start) / 1e9 / ROUNDS;
        System.out.printf("%-15s %8.1f MB/s  (%d findings)%n", "all ten", megabytes / seconds, combined);
        assertThat(total).isPositive();

        // One big attachment: a class list of 20,000 rows read as a single segment.
        String sheet = SampleTexts.classList(20_000, new java.util.Random(3));
        TextSegment big = Fixtures.attachment("big.xlsx", sheet);
        suite.detect(List.of(big));
        start = System.nanoTime();
        int sheetFindings = suite.detect(List.of(big)).size();
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-15s %8.1f MB/s  (%d findings, %.1f MB sheet)%n", "sheet, all ten",
                sheet.length() / 1e6 / seconds, sheetFindings, sheet.length() / 1e6);
        assertThat(sheetFindings).isGreaterThan(20_000 * 3);
    }

    private static int run(Detector detector, List<TextSegment> messages) {
        int found = 0;
        List<Finding> none = Collections.emptyList();
        for (TextSegment m : messages) {
            found += detector.detect(m, none).size();
        }
        return found;
    }
}
