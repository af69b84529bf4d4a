package uk.schoolgate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.schoolgate.config.ConfigLoader;
import uk.schoolgate.detect.DetectorSuite;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.pipeline.Pipeline;

/**
 * {@code bench}: how fast the gateway is on a folder of messages, on this machine. Prints the
 * detection stage alone (MB/s of text) and the whole pipeline (messages/s, MB/s, latency
 * percentiles), after a warm-up, single-threaded: the figures are per core.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure detection and whole-pipeline speed on a folder of messages (single thread).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "DIR", description = "configuration folder")
    java.nio.file.Path config;

    @Option(names = "--seconds", defaultValue = "10", description = "measuring time per stage (default ${DEFAULT-VALUE})")
    int seconds;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "messages to run (folders: .eml files)")
    List<java.nio.file.Path> files;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = new Pipeline(ConfigLoader.load(config));
        List<byte[]> messages = new ArrayList<>();
        for (MessageFiles.Item item : MessageFiles.expand(files)) {
            messages.add(Files.readAllBytes(item.path()));
        }
        if (messages.isEmpty()) {
            throw new UsageException("no messages to run");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d messages, %d CPU cores, Java %s%n", messages.size(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        detection(pipeline, messages, "detection stage, test messages", out);
        List<byte[]> typical = List.of(TypicalMessage.textOf(20 * 1024));
        detection(pipeline, typical, "detection stage, typical 20 KB text message", out);
        detection(pipeline, List.of(TypicalMessage.textOf(1024 * 1024)), "detection stage, 1 MB of plain text", out);
        whole(pipeline, messages, "whole pipeline, test messages", out);
        whole(pipeline, typical, "whole pipeline, typical 20 KB text message", out);
        out.flush();
        return GatewayCli.OK;
    }

    /** Detection alone, over the text the detectors read (parsed and extracted beforehand). */
    private void detection(Pipeline pipeline, List<byte[]> messages, String title, PrintWriter out) {
        List<List<TextSegment>> texts = new ArrayList<>();
        long chars = 0;
        for (byte[] m : messages) {
            List<TextSegment> segments = pipeline.segmentsOf(m);
            texts.add(segments);
            for (TextSegment s : segments) {
                chars += s.text().length();
            }
        }
        DetectorSuite detectors = pipeline.config().detectors();
        long[] samples = run(texts.size(), i -> detectors.detect(texts.get(i)));
        long totalNanos = Arrays.stream(samples).sum();
        double rounds = samples.length / (double) texts.size();
        double mb = chars * rounds / 1e6;
        out.printf(Locale.ROOT, "%s: %.1f MB/s of text (%d chars over %d messages, %d passes)%n",
                title, mb / (totalNanos / 1e9), chars, texts.size(), (long) rounds);
        percentiles("  per message", samples, out);
    }

    private void whole(Pipeline pipeline, List<byte[]> messages, String title, PrintWriter out) {
        long bytes = messages.stream().mapToLong(m -> m.length).sum();
        long[] samples = run(messages.size(), i -> pipeline.process(messages.get(i), Optional.empty(), List.of()));
        long totalNanos = Arrays.stream(samples).sum();
        double rounds = samples.length / (double) messages.size();
        out.printf(Locale.ROOT, "%s: %.0f messages/s, %.1f MB/s%n", title, samples.length / (totalNanos / 1e9),
                bytes * rounds / 1e6 / (totalNanos / 1e9));
        percentiles("  latency", samples, out);
    }

    /** Warms up for a third of the time, then measures each call's nanoseconds for the rest. */
    private long[] run(int count, java.util.function.IntConsumer work) {
        long warmUntil = System.nanoTime() + seconds * 1_000_000_000L / 3;
        int i = 0;
        while (System.nanoTime() < warmUntil) {
            work.accept(i++ % count);
        }
        List<Long> samples = new ArrayList<>();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        i = 0;
        while (System.nanoTime() < until || i < count) {
            long t = System.nanoTime();
            work.accept(i++ % count);
            samples.add(System.nanoTime() - t);
        }
        return samples.stream().mapToLong(Long::longValue).toArray();
    }

    private static void percentiles(String title, long[] samples, PrintWriter out) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", title,
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    /** A plain staff message of about the given size: ordinary prose, no personal data. */
    static final class TypicalMessage {
        private TypicalMessage() {
        }

        static byte[] textOf(int size) {
            String para = "Thank you all for your hard work this half term. The Year 4 trip to the museum went "
                    + "well and the children behaved beautifully. Please remember that reports are due on Friday "
                    + "and that the staff meeting will start at 3.30 in the library. ";
            StringBuilder body = new StringBuilder();
            while (body.length() < size) {
                body.append(para).append("\r\n\r\n");
            }
            String head = "From: head@hawthornlane.leeds.sch.uk\r\nTo: staff@hawthornlane.leeds.sch.uk\r\n"
                    + "Subject: End of term\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n";
            return (head + body).getBytes(StandardCharsets.UTF_8);
        }
    }
}
