package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.schoolgate.receive.smtp.SmtpWire.expect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SMTP smuggling (CVE-2023-51764 class) over a real socket: the bytes go on the wire after the
 * 354 reply, as the corpus README says. A payload must be refused, or delivered as exactly one
 * message; either way the "smuggled" commands inside it must never run. The shared corpus
 * ({@code ../shared/corpora/smtp-smuggling}) is used when present; the same end-of-data
 * sequences are also built here, so the property is tested even without it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SmugglingTest {
    private static final Path CORPUS = Path.of("").toAbsolutePath().getParent().resolveSibling("shared")
            .resolve("corpora").resolve("smtp-smuggling").resolve("payloads");

    /** The fake end-of-data sequences the public smuggling scanners try (see the corpus's eod-sequences.tsv). */
    private static final List<String> SEQUENCES = List.of("\n.\n", "\n.\r", "\r.\n", "\r.\r", "\n.\r\n", "\r.\r\n",
            "\r\n\0.\r\n", "\r\n.\r\r\n", "\r\r\n.\r\r\n", "\r\n.\n", "\r\n.\r");

    static Stream<Path> corpusPayloads() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of(Path.of("corpus-absent"));
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.getFileName().toString().startsWith("data-")).sorted().toList().stream();
        }
    }

    static Stream<Arguments> builtInPayloads() {
        return SEQUENCES.stream().map(seq -> Arguments.of(seq.replace("\r", "<CR>").replace("\n", "<LF>").replace("\0", "<NUL>"),
                ("From: test@sender.example\r\nTo: victim@receiver.example\r\nSubject: check\r\n\r\nfirst message\r\n" + seq
                        + "mail FROM:<smuggled@sender.example>\r\nrcpt TO:<victim@receiver.example>\r\ndata\r\n"
                        + "From: smuggled@sender.example\r\nSubject: SMUGGLED\r\n\r\nSMUGGLING WORKS\r\n\r\n.\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusPayloads")
    void everyCorpusPayloadIsRefusedOrDeliveredAsOneMessage(Path payload) throws Exception {
        assumeTrue(Files.isRegularFile(payload), "the shared smuggling corpus is not beside the repository");
        assertRefusedOrOneMessage(Files.readAllBytes(payload));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInPayloads")
    void everyKnownFakeEndOfDataIsRefused(String name, byte[] payload) throws Exception {
        String reply = assertRefusedOrOneMessage(payload);
        assertThat(reply).startsWith("554 5.6.0");
    }

    /** @return the reply to the payload's DATA */
    private static String assertRefusedOrOneMessage(byte[] payload) throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            expect(wire.command("MAIL FROM:<test@sender.example>"), "250");
            expect(wire.command("RCPT TO:<victim@receiver.example>"), "250");
            expect(wire.command("DATA"), "354");
            wire.sendBytes(payload);
            String reply = wire.reply();
            // The next reply must be NOOP's: had the smuggled MAIL/RCPT/DATA run, their replies would come first.
            assertThat(wire.command("NOOP")).isEqualTo("250 2.0.0 OK");
            if (reply.startsWith("250")) {
                assertThat(door.intake.taken).hasSize(1);
                assertThat(door.intake.only().text()).containsIgnoringCase("smuggl");
            } else {
                assertThat(reply).startsWith("5");
                assertThat(door.intake.taken).isEmpty();
            }
            return reply;
        }
    }

    @Test
    void aPipelinedTransactionAfterARealEndIsASecondMessage() throws Exception {
        Path control = CORPUS.resolve("control-pipelined-after-valid-CRLF_DOT_CRLF.bin");
        byte[] payload = Files.isRegularFile(control) ? Files.readAllBytes(control)
                : ("From: a@sender.example\r\n\r\nmail 1/2\r\n.\r\nMAIL FROM:<a@sender.example>\r\n"
                        + "RCPT TO:<b@receiver.example>\r\nDATA\r\nFrom: a@sender.example\r\n\r\nmail 2/2\r\n.\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            expect(wire.command("MAIL FROM:<alice@sender.example>"), "250");
            expect(wire.command("RCPT TO:<bob@receiver.example>"), "250");
            expect(wire.command("DATA"), "354");
            wire.sendBytes(payload);
            assertThat(List.of(wire.reply(), wire.reply(), wire.reply(), wire.reply(), wire.reply()))
                    .containsExactly("250 2.0.0 Delivered", "250 2.1.0 Sender OK", "250 2.1.5 Recipient OK",
                            "354 End data with <CR><LF>.<CR><LF>", "250 2.0.0 Delivered");
            assertThat(door.intake.taken).hasSize(2);
            assertThat(door.intake.taken.get(0).text()).contains("1/2").doesNotContain("2/2");
            assertThat(door.intake.taken.get(1).text()).contains("2/2");
        }
    }

    @Test
    void aBareLfOrBareCrAloneIsRefusedAndTheSessionGoesOn() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.send("a@school.example", "b@home.example", "Subject: x\r\n\r\nunix line\nend\r\n"))
                    .startsWith("554 5.6.0");
            assertThat(wire.send("a@school.example", "b@home.example", "Subject: x\r\n\r\nold mac line\rend\r\n"))
                    .startsWith("554 5.6.0");
            assertThat(door.intake.taken).isEmpty();
            assertThat(wire.send("a@school.example", "b@home.example", "Subject: x\r\n\r\nfine\r\n")).startsWith("250");
            assertThat(door.intake.taken).hasSize(1);
        }
    }
}
