package uk.schoolgate.act.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.schoolgate.server.UpstreamSettings;

/** {@link SmtpUpstream} against {@link ScriptedSmtpServer}: exact wire bytes, reuse, and each kind of refusal. */
class SmtpUpstreamScriptedTest {
    private static final String SENDER = "ann.teacher@oakfield.sch.uk";
    private static final List<String> RCPTS = List.of("office@council.example", "bursar@council.example");

    private ScriptedSmtpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedSmtpServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private SmtpUpstream upstream() {
        return new SmtpUpstream(TestMessages.plain(server.port()));
    }

    private SmtpUpstream upstream(UpstreamSettings.Tls tls, int connections) {
        return new SmtpUpstream(TestMessages.with(server.port(), tls, connections, Duration.ofSeconds(5)));
    }

    @Test
    void sendsExactlyTheGivenBytesInOneTransaction() {
        byte[] message = TestMessages.message("Exact");
        try (SmtpUpstream upstream = upstream()) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, message);
            assertThat(result.isAccepted()).isTrue();
            assertThat(result.text()).isEqualTo("Ok: queued as SCRIPTED");
        }
        assertThat(server.received()).hasSize(1);
        ScriptedSmtpServer.Received got = server.received().get(0);
        assertThat(got.data()).isEqualTo(message);
        assertThat(got.rcptTo()).containsExactlyElementsOf(RCPTS);
        assertThat(server.allCommands()).filteredOn(c -> c.startsWith("MAIL FROM:"))
                .containsExactly("MAIL FROM:<" + SENDER + "> BODY=8BITMIME SIZE=" + message.length);
    }

    @Test
    void bareLineFeedsBecomeCrlfOnTheWire() {
        byte[] lf = "Subject: lf\n\nline one\nline two\n".getBytes(StandardCharsets.US_ASCII);
        try (SmtpUpstream upstream = upstream()) {
            assertThat(upstream.deliver(SENDER, RCPTS, lf).isAccepted()).isTrue();
        }
        assertThat(new String(server.received().get(0).data(), StandardCharsets.US_ASCII))
                .isEqualTo("Subject: lf\r\n\r\nline one\r\nline two\r\n");
    }

    @Test
    void nullSenderIsSentAsTheNullReversePath() {
        try (SmtpUpstream upstream = upstream()) {
            assertThat(upstream.deliver("", RCPTS, "Subject: x\r\n\r\nx\r\n".getBytes(StandardCharsets.US_ASCII))
                    .isAccepted()).isTrue();
        }
        assertThat(server.allCommands()).anyMatch(c -> c.startsWith("MAIL FROM:<> "));
    }

    @Test
    void reusesOneConnectionForSeveralMessages() {
        try (SmtpUpstream upstream = upstream(UpstreamSettings.Tls.NONE, 4)) {
            for (int i = 0; i < 5; i++) {
                assertThat(upstream.deliver(SENDER, RCPTS, TestMessages.message("n" + i)).isAccepted()).isTrue();
            }
        }
        assertThat(server.received()).hasSize(5);
        assertThat(server.connections()).isEqualTo(1);
        assertThat(server.transcripts().get(0)).filteredOn(c -> c.startsWith("EHLO")).hasSize(1);
    }

    @Test
    void neverOpensMoreConnectionsThanConfigured() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (SmtpUpstream upstream = upstream(UpstreamSettings.Tls.NONE, 2)) {
            List<Future<DeliveryResult>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                byte[] m = TestMessages.message("parallel " + i);
                results.add(pool.submit(() -> upstream.deliver(SENDER, RCPTS, m)));
            }
            for (Future<DeliveryResult> f : results) {
                assertThat(f.get().isAccepted()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(server.received()).hasSize(40);
        assertThat(server.maxConcurrentConnections()).isLessThanOrEqualTo(2);
        assertThat(server.connections()).isLessThanOrEqualTo(2);
    }

    @Test
    void aConnectionTheUpstreamDroppedIsReplacedWithoutDuplicatingMail() {
        server.dropAfterMessage();
        try (SmtpUpstream upstream = upstream(UpstreamSettings.Tls.NONE, 1)) {
            for (int i = 0; i < 3; i++) {
                assertThat(upstream.deliver(SENDER, RCPTS, TestMessages.message("d" + i)).isAccepted()).isTrue();
            }
        }
        assertThat(server.received()).hasSize(3);
        assertThat(server.connections()).isEqualTo(3);
    }

    @Test
    void temporaryRefusalAtRcptIsTemporaryWithTheUpstreamsWords() {
        server.reply("RCPT", "451 4.3.0 Mailbox temporarily unavailable");
        try (SmtpUpstream upstream = upstream()) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("t"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(result.code()).isEqualTo(451);
            assertThat(result.enhancedStatus()).isEqualTo("4.3.0");
            assertThat(result.text()).isEqualTo("Mailbox temporarily unavailable");
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void permanentRefusalAtRcptIsPermanentAndNobodyGetsIt() {
        server.reply("RCPT bursar@council.example", "550 5.1.1 <bursar@council.example>: Recipient address rejected");
        try (SmtpUpstream upstream = upstream()) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("p"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(result.code()).isEqualTo(550);
            assertThat(result.enhancedStatus()).isEqualTo("5.1.1");
            assertThat(result.text()).isEqualTo("<bursar@council.example>: Recipient address rejected");
            // A refusal leaves the session clean (the client sent RSET): the next message reuses it.
            assertThat(upstream.deliver(SENDER, List.of("office@council.example"), TestMessages.message("next"))
                    .isAccepted()).isTrue();
        }
        assertThat(server.received()).hasSize(1);
        assertThat(server.connections()).isEqualTo(1);
        List<String> commands = server.allCommands();
        assertThat(commands.subList(0, commands.indexOf("RSET"))).doesNotContain("DATA");
    }

    @Test
    void mixedRecipientRefusalsAreTemporarySoARetryCanStillReachEveryone() {
        server.reply("RCPT office@council.example", "550 5.1.1 no such user");
        server.reply("RCPT bursar@council.example", "452 4.2.2 mailbox full");
        try (SmtpUpstream upstream = upstream()) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("mixed"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(result.code()).isEqualTo(452);
            assertThat(result.enhancedStatus()).isEqualTo("4.2.2");
        }
    }

    @Test
    void refusalAfterTheDataIsMapped() {
        server.reply("DOT", "554 5.7.1 Message rejected as spam");
        try (SmtpUpstream upstream = upstream()) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("spam"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(result.code()).isEqualTo(554);
            assertThat(result.enhancedStatus()).isEqualTo("5.7.1");
            assertThat(result.text()).isEqualTo("Message rejected as spam");
        }
    }

    @Test
    void temporaryRefusalOfDataIsTemporary() {
        server.reply("DATA", "451 4.3.1 Insufficient system storage");
        try (SmtpUpstream upstream = upstream()) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("storage"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(result.code()).isEqualTo(451);
            assertThat(result.enhancedStatus()).isEqualTo("4.3.1");
        }
    }

    @Test
    void multiLineRepliesWithoutEnhancedCodesAndOddBytesAreCleaned() {
        server.reply("MAIL", "553-Sender not allowed\u0007\r\n553 see https://help.example/\u00e9x");
        try (SmtpUpstream upstream = upstream()) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("odd"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(result.code()).isEqualTo(553);
            assertThat(result.enhancedStatus()).isEqualTo("5.0.0");
            assertThat(result.text()).isEqualTo("Sender not allowed see https://help.example/x");
        }
    }

    @Test
    void startTlsRequiredButNotOfferedSendsNothing() {
        try (SmtpUpstream upstream = upstream(UpstreamSettings.Tls.STARTTLS_REQUIRED, 1)) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("secret"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(result.code()).isEqualTo(451);
            assertThat(result.enhancedStatus()).isEqualTo("4.7.0");
            assertThat(result.text()).contains("STARTTLS");
        }
        assertThat(server.allCommands()).noneMatch(c -> c.startsWith("MAIL") || c.startsWith("RCPT")
                || c.startsWith("DATA") || c.startsWith("AUTH"));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void startTlsOptionalSendsInClearWhenNotOffered() {
        try (SmtpUpstream upstream = upstream(UpstreamSettings.Tls.STARTTLS_OPTIONAL, 1)) {
            assertThat(upstream.deliver(SENDER, RCPTS, TestMessages.message("plain")).isAccepted()).isTrue();
        }
    }

    @Test
    void refusedLoginIsTemporary() {
        server.extensions("AUTH PLAIN LOGIN", "8BITMIME").reply("AUTH", "535 5.7.8 Authentication credentials invalid");
        UpstreamSettings settings = new UpstreamSettings("127.0.0.1", server.port(), UpstreamSettings.Tls.NONE,
                java.util.Optional.of("relay"), java.util.Optional.of("wrong"), Duration.ofSeconds(5), 1);
        try (SmtpUpstream upstream = new SmtpUpstream(settings)) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("login"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(result.enhancedStatus()).isEqualTo("4.7.0");
            assertThat(result.text()).contains("login").contains("Authentication credentials invalid");
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void credentialsButNoAuthOfferedSendsNothing() {
        UpstreamSettings settings = new UpstreamSettings("127.0.0.1", server.port(), UpstreamSettings.Tls.NONE,
                java.util.Optional.of("relay"), java.util.Optional.of("secret"), Duration.ofSeconds(5), 1);
        try (SmtpUpstream upstream = new SmtpUpstream(settings)) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("no auth"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(result.text()).contains("AUTH");
        }
        assertThat(server.allCommands()).noneMatch(c -> c.startsWith("MAIL"));
    }

    @Test
    void anUpstreamThatNeverAnswersTimesOut() {
        server.silent();
        UpstreamSettings settings = TestMessages.with(server.port(), UpstreamSettings.Tls.NONE, 1, Duration.ofSeconds(1));
        try (SmtpUpstream upstream = new SmtpUpstream(settings)) {
            DeliveryResult result = upstream.deliver(SENDER, RCPTS, TestMessages.message("slow"));
            assertThat(result.status()).isEqualTo(DeliveryResult.Status.TEMPORARY_FAILURE);
            assertThat(result.enhancedStatus()).isEqualTo("4.4.2");
        }
    }

    @Test
    void addressesThatCannotGoOnTheWireAreRefusedBeforeConnecting() {
        try (SmtpUpstream upstream = upstream()) {
            DeliveryResult eai = upstream.deliver(SENDER, List.of("zoë@council.example"), TestMessages.message("x"));
            assertThat(eai.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(eai.enhancedStatus()).isEqualTo("5.6.7");
            DeliveryResult injected = upstream.deliver("a@b.example>\r\nRCPT TO:<x@y.example", RCPTS,
                    TestMessages.message("x"));
            assertThat(injected.status()).isEqualTo(DeliveryResult.Status.PERMANENT_FAILURE);
            assertThat(injected.enhancedStatus()).isEqualTo("5.1.7");
        }
        assertThat(server.connections()).isZero();
    }
}
