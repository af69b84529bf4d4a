package uk.schoolgate.act.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxUpstreamTest {
    @TempDir
    Path dir;

    @Test
    void writesOneCompleteFileWithTheEnvelopeOnTop() throws Exception {
        Path outbox = dir.resolve("data/outbox");
        byte[] message = TestMessages.message("Menu");
        DeliveryResult result = new OutboxUpstream(outbox).deliver("ann.teacher@oakfield.sch.uk",
                List.of("office@council.example", "bursar@council.example"), message);

        assertThat(result.isAccepted()).isTrue();
        List<Path> files = list(outbox);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).matches("\\d{8}T\\d{6}\\.\\d{3}Z-[A-Za-z0-9_-]{12}\\.eml");
        assertThat(result.text()).endsWith(files.get(0).getFileName().toString());
        byte[] written = Files.readAllBytes(files.get(0));
        String head = "Return-Path: <ann.teacher@oakfield.sch.uk>\r\n"
                + "X-Envelope-To: office@council.example,\r\n\tbursar@council.example\r\n";
        assertThat(Arrays.copyOf(written, head.length())).isEqualTo(head.getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.copyOfRange(written, head.length(), written.length)).isEqualTo(message);
    }

    @Test
    void keepsTheMessagesLineEndingAndTheNullSender() throws Exception {
        Path outbox = dir.resolve("outbox");
        byte[] message = "Subject: lf\n\nbody\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(new OutboxUpstream(outbox).deliver("", List.of("a@b.example"), message).isAccepted()).isTrue();
        assertThat(Files.readString(list(outbox).get(0)))
                .isEqualTo("Return-Path: <>\nX-Envelope-To: a@b.example\nSubject: lf\n\nbody\n");
    }

    @Test
    void envelopeValuesCannotInjectHeaders() throws Exception {
        Path outbox = dir.resolve("outbox");
        new OutboxUpstream(outbox).deliver("a@b.example>\r\nBcc: victim@evil.example",
                List.of("c@d.example\r\nX-Injected: yes"), "Subject: x\r\n\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
        String written = Files.readString(list(outbox).get(0));
        assertThat(written).startsWith("Return-Path: <a@b.example Bcc: victim@evil.example>\r\n"
                + "X-Envelope-To: c@d.example X-Injected: yes\r\nSubject: x\r\n");
        assertThat(written.lines()).noneMatch(l -> l.startsWith("Bcc:") || l.startsWith("X-Injected:"));
    }

    @Test
    void onlyTheGatewaysUserCanReadTheOutbox() throws Exception {
        Path outbox = dir.resolve("outbox");
        new OutboxUpstream(outbox).deliver("a@b.example", List.of("c@d.example"), TestMessages.message("p"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(list(outbox).get(0))))
                .isEqualTo("rw-------");
    }

    @Test
    void anUnwritableOutboxIsATemporaryFailure() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("outbox"), "a file where the folder should be");
        OutboxUpstream upstream = new OutboxUpstream(notADirectory);
        DeliveryResult result = upstream.deliver("a@b.example", List.of("c@d.example"), TestMessages.message("x"));
        assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
        assertThat(result.code()).isEqualTo(451);
        assertThat(upstream.reachable()).isFalse();
    }

    /** A reader polling the folder while messages are written never sees a partial .eml. */
    @Test
    void readersNeverSeeAHalfWrittenFile() throws Exception {
        Path outbox = dir.resolve("outbox");
        OutboxUpstream upstream = new OutboxUpstream(outbox);
        byte[] big = new byte[512 * 1024];
        Arrays.fill(big, (byte) 'x');
        byte[] end = "\r\nTHE END\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[big.length + end.length];
        System.arraycopy(big, 0, message, 0, big.length);
        System.arraycopy(end, 0, message, big.length, end.length);

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger partial = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    for (Path p : list(outbox)) {
                        byte[] b = Files.readAllBytes(p);
                        if (!new String(b, b.length - end.length, end.length, StandardCharsets.US_ASCII).equals("\r\nTHE END\r\n")) {
                            partial.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    // the folder may not exist yet
                }
            }
        });
        reader.start();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<DeliveryResult>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(writers.submit(() -> upstream.deliver("a@b.example", List.of("c@d.example"), message)));
            }
            for (Future<DeliveryResult> f : results) {
                assertThat(f.get().isAccepted()).isTrue();
            }
        } finally {
            writers.shutdown();
            writing.set(false);
            reader.join();
        }
        assertThat(partial.get()).isZero();
        assertThat(list(outbox)).hasSize(20);
        try (Stream<Path> all = Files.list(outbox)) {
            assertThat(all).as("no temporary files left").allMatch(p -> p.toString().endsWith(".eml"));
        }
    }

    private static List<Path> list(Path outbox) throws Exception {
        try (Stream<Path> s = Files.list(outbox)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
    }
}
