package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorDefinition;
import uk.schoolgate.detect.DetectorSuite;
import uk.schoolgate.detect.TextSegment;

/**
 * Measures how fast the detectors read a few megabytes of school mail and prints MB/s: each detector
 * alone (including its own scan for digits, which the suite shares), then all ten together as the
 * gateway runs them, on three texts: ordinary mail only; a realistic mix (mostly ordinary mail,
 * some personal details, now and then a class list); and one large class-list sheet, the worst
 * case. Time is the thread's CPU time, best of three, because the build machine is shared and wall
 * time measures the neighbours. Nothing is asserted about speed: it depends on the machine. The
 * issue's target is 50 MB/s for the whole detection stage (about fifteen detectors) on one core.
 */
class IdentifierThroughputTest {
    private static final int TOTAL_CHARS = 3_000_000;
    private static final int MESSAGE_CHARS = 20_000;
    private static final long MEASURE_NANOS = 120_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void printsThroughputPerDetectorAndCombined() {
        StringBuilder benign = new StringBuilder();
        Random random = new Random(1);
        while (benign.length() < TOTAL_CHARS) {
            benign.append(SampleTexts.BENIGN.get(random.nextInt(SampleTexts.BENIGN.size()))).append('\n');
        }
        List<TextSegment> ordinary = messages(benign.toString());
        List<TextSegment> mixed = messages(SampleTexts.mixed(TOTAL_CHARS, 42));
        List<TextSegment> sheet = List.of(Fixtures.attachment("big.xlsx", SampleTexts.classList(20_000, new Random(3))));

        System.out.printf("%-15s %14s %14s%n", "MB/s (CPU)", "ordinary mail", "mixed mail");
        int findings = 0;
        for (DetectorDefinition definition : IdentifierDetectors.definitions()) {
            Detector detector = definition.factory().create(Fixtures.defaults(), Fixtures.RESOURCES);
            double a = throughput(ordinary, () -> run(detector, ordinary));
            double b = throughput(mixed, () -> run(detector, mixed));
            findings += run(detector, mixed);
            System.out.printf("%-15s %14.0f %14.0f%n", definition.name(), a, b);
        }
        DetectorSuite suite = IdentifierDetectorsTest.suite();
        double a = throughput(ordinary, () -> suite.detect(ordinary).size());
        double b = throughput(mixed, () -> suite.detect(mixed).size());
        System.out.printf("%-15s %14.0f %14.0f%n", "all ten", a, b);
        double c = throughput(sheet, () -> suite.detect(sheet).size());
        int sheetFindings = suite.detect(sheet).size();
        System.out.printf("all ten on a %.1f MB class list (%d findings): %.0f MB/s%n",
                megabytes(sheet), sheetFindings, c);
        System.out.printf("findings in the mixed mail: %d per detector pass, %d by the suite%n", findings,
                suite.detect(mixed).size());
        assertThat(findings).isPositive();
        assertThat(sheetFindings).isGreaterThan(20_000 * 3);
    }

    private static List<TextSegment> messages(String corpus) {
        List<TextSegment> messages = new ArrayList<>();
        for (int i = 0; i < corpus.length(); i += MESSAGE_CHARS) {
            messages.add(Fixtures.body(corpus.substring(i, Math.min(corpus.length(), i + MESSAGE_CHARS))));
        }
        return messages;
    }

    private static double megabytes(List<TextSegment> segments) {
        long bytes = 0;
        for (TextSegment s : segments) {
            bytes += s.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes / 1_000_000.0;
    }

    /** MB/s of CPU time: warm up, then the best of three measured stretches. */
    private static double throughput(List<TextSegment> segments, IntSupplier pass) {
        double mb = megabytes(segments);
        long warm = THREADS.getCurrentThreadCpuTime();
        while (THREADS.getCurrentThreadCpuTime() - warm < MEASURE_NANOS) {
            pass.getAsInt();
        }
        double best = 0;
        for (int round = 0; round < 3; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            int passes = 0;
            long used;
            do {
                pass.getAsInt();
                passes++;
                used = THREADS.getCurrentThreadCpuTime() - start;
            } while (used < MEASURE_NANOS);
            best = Math.max(best, passes * mb / (used / 1e9));
        }
        return best;
    }

    private static int run(Detector detector, List<TextSegment> messages) {
        int found = 0;
        for (TextSegment m : messages) {
            found += detector.detect(m, List.of()).size();
        }
        return found;
    }
}
