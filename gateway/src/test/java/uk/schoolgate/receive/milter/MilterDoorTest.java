package uk.schoolgate.receive.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.schoolgate.act.Disposition;
import uk.schoolgate.act.Handled;
import uk.schoolgate.act.quarantine.HeldMessage;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.receive.Reply;
import uk.schoolgate.server.MilterSettings;

/**
 * The milter door over a real socket, driven by an independent MTA-side client ({@link MtaClient}),
 * with a stand-in for the gateway's message handler that gives each disposition in turn.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MilterDoorTest {
    private static final String HEAD = "head@hawthornlane.leeds.sch.uk";
    private static final String COLLEAGUE = "k.walker@hawthornlane.leeds.sch.uk";
    private static final List<String[]> HEADERS = List.of(
            new String[] {"From", " Head <" + HEAD + ">"},
            new String[] {"To", " " + COLLEAGUE},
            new String[] {"Subject", " Staff\n\tmeeting"},
            new String[] {"Content-Type", " text/plain; charset=us-ascii"});
    private static final String BODY = "See you at 3.30 in the library.\r\n";

    /** Every message the stand-in handler was given. */
    private final List<Taken> taken = Collections.synchronizedList(new ArrayList<>());
    private MilterDoor door;

    record Taken(Envelope envelope, String raw) {
    }

    @AfterEach
    void stop() {
        if (door != null) {
            door.close(Duration.ofSeconds(5));
        }
    }

    private static MilterSettings settings() {
        return new MilterSettings("127.0.0.1", 0, Duration.ofSeconds(30), Duration.ofSeconds(5), 1024 * 1024);
    }

    private MtaClient start(MilterSettings settings, Function<Taken, Disposition> decide) throws Exception {
        door = new MilterDoor(settings, (envelope, raw) -> {
            Taken t = new Taken(envelope, new String(raw, StandardCharsets.UTF_8));
            taken.add(t);
            return new Handled("test01", envelope, decide.apply(t), Optional.empty(), System.nanoTime(), System.nanoTime());
        });
        door.start();
        return new MtaClient(door.port()).negotiate();
    }

    private MtaClient start(Function<Taken, Disposition> decide) throws Exception {
        return start(settings(), decide);
    }

    private static MtaClient.EndOfMessage send(MtaClient mta) throws Exception {
        return mta.message(HEAD, List.of(COLLEAGUE), HEADERS, BODY);
    }

    private static Disposition deliverAsIs(Taken t) {
        return new Disposition.Deliver(t.raw().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void asksOnlyForWhatItUses() throws Exception {
        try (MtaClient mta = start(MilterDoorTest::deliverAsIs)) {
            // add headers 0x01, change body 0x02, change headers 0x10, macro list 0x100; no quarantine, no recipients
            assertThat(mta.milterActions).isEqualTo(0x01 | 0x02 | 0x10 | 0x100);
            // no connect, helo, data, unknown or end-of-headers; no replies to MAIL, RCPT, headers, body; leading space
            assertThat(mta.milterSteps).isEqualTo(0x01 | 0x02 | 0x200 | 0x100 | 0x40 | 0x4000 | 0x8000 | 0x80 | 0x80000
                    | 0x100000);
            assertThat(mta.requestedMacros).isEqualTo("2={auth_authen};");
        }
    }

    @Test
    void theMessageIsPutBackTogetherExactlyWithTheEnvelopeAndSignedInUser() throws Exception {
        try (MtaClient mta = start(MilterDoorTest::deliverAsIs)) {
            mta.macros('M', Map.of("{auth_authen}", HEAD, "i", "4XyZ"));
            mta.mail("<" + HEAD + ">", "SIZE=1234");
            mta.rcpt("<" + COLLEAGUE + ">");
            mta.rcpt("<amy.roberts@gmail.com>", "NOTIFY=NEVER");
            for (String[] h : HEADERS) {
                mta.header(h[0], h[1]);
            }
            mta.body(BODY.getBytes(StandardCharsets.UTF_8));
            mta.eom();
        }
        Taken t = taken.get(0);
        assertThat(t.envelope()).isEqualTo(new Envelope(HEAD, List.of(COLLEAGUE, "amy.roberts@gmail.com"), Optional.of(HEAD)));
        assertThat(t.raw()).isEqualTo("From: Head <" + HEAD + ">\r\nTo: " + COLLEAGUE + "\r\nSubject: Staff\r\n\tmeeting\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n\r\n" + BODY);
    }

    @Test
    void withoutSigningInThereIsNoAuthenticatedUserAndTheNullSenderIsEmpty() throws Exception {
        try (MtaClient mta = start(MilterDoorTest::deliverAsIs)) {
            mta.message("", List.of(COLLEAGUE), HEADERS, BODY);
        }
        assertThat(taken.get(0).envelope()).isEqualTo(new Envelope("", List.of(COLLEAGUE), Optional.empty()));
    }

    @Test
    void aMessageThatLeavesUnchangedIsSimplyAccepted() throws Exception {
        try (MtaClient mta = start(MilterDoorTest::deliverAsIs)) {
            MtaClient.EndOfMessage eom = send(mta);
            assertThat(eom.before()).isEmpty();
            assertThat(eom.verdict().command()).isEqualTo('a');
        }
    }

    @Test
    void aStampedMessageReplacesTheBodyAndOnlyTheHeadersThatChanged() throws Exception {
        String stamped = "From: Head <" + HEAD + ">\r\nTo: " + COLLEAGUE + "\r\nSubject: Staff\r\n\tmeeting\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "See you at 3.30 in the library.\r\n\r\nDr Helen Marsh\r\nHeadteacher\r\n";
        try (MtaClient mta = start(t -> new Disposition.Deliver(stamped.getBytes(StandardCharsets.UTF_8)))) {
            MtaClient.EndOfMessage eom = send(mta);
            assertThat(eom.verdict().command()).isEqualTo('a');
            assertThat(eom.all('m')).extracting(MtaClient.Packet::fields)
                    .containsExactly(List.of("1", "Content-Type", " text/plain; charset=utf-8"));
            assertThat(eom.all('h')).extracting(MtaClient.Packet::fields)
                    .containsExactly(List.of("Content-Transfer-Encoding", " quoted-printable"));
            assertThat(new String(eom.replacedBody(), StandardCharsets.UTF_8))
                    .isEqualTo("See you at 3.30 in the library.\r\n\r\nDr Helen Marsh\r\nHeadteacher\r\n");
        }
    }

    @Test
    void aLargeBodyGoesBackInChunksTheMtaCanTake() throws Exception {
        String big = "x".repeat(70) + "\r\n";
        String body = big.repeat(3000);   // 216,000 bytes: four chunks
        try (MtaClient mta = start(t -> new Disposition.Deliver(("Subject: big\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8)))) {
            MtaClient.EndOfMessage eom = mta.message(HEAD, List.of(COLLEAGUE), List.<String[]>of(new String[] {"Subject", " big"}), "small\r\n");
            assertThat(eom.all('b')).hasSize(4).allSatisfy(p -> assertThat(p.payload().length).isLessThanOrEqualTo(65535));
            assertThat(new String(eom.replacedBody(), StandardCharsets.US_ASCII)).isEqualTo(body);
        }
    }

    @Test
    void heldMailIsDiscardedFromTheMta() throws Exception {
        try (MtaClient mta = start(t -> new Disposition.Held(new HeldMessage("Q1", Instant.now()),
                Reply.held("Your message is held for review (policy). [Q1]")))) {
            MtaClient.EndOfMessage eom = send(mta);
            assertThat(eom.before()).isEmpty();
            assertThat(eom.verdict().command()).isEqualTo('d');
        }
    }

    @Test
    void refusedMailGetsTheRelaysCodeAndReasonInPlainAscii() throws Exception {
        Reply reply = new Reply(552, "5.3.4", "Your attachments total 3.1\u00a0MB; the school\u2019s limit is 2 MB \u2014 100% firm.");
        try (MtaClient mta = start(t -> new Disposition.Refused(reply))) {
            MtaClient.EndOfMessage eom = send(mta);
            assertThat(eom.verdict().command()).isEqualTo('y');
            // '%' doubled: the MTA reads the text as a format, as libmilter's smfi_setreply does
            assertThat(eom.verdict().text())
                    .isEqualTo("552 5.3.4 Your attachments total 3.1 MB; the school's limit is 2 MB - 100%% firm.");
        }
    }

    @Test
    void tryLaterGivesTheGatewaysTemporaryReply() throws Exception {
        try (MtaClient mta = start(t -> new Disposition.TryLater(Reply.tryAgainLater("Could not check it just now. [x]")))) {
            assertThat(send(mta).verdict().text()).isEqualTo("451 4.3.0 Could not check it just now. [x]");
        }
    }

    @Test
    void anyFailureIsATempfailNeverAPass() throws Exception {
        try (MtaClient mta = start(t -> {
            throw new IllegalStateException("boom");
        })) {
            MtaClient.EndOfMessage eom = send(mta);
            assertThat(eom.before()).isEmpty();
            assertThat(eom.verdict().command()).isEqualTo('t');
            // and the connection still serves the next message
            assertThat(send(mta).verdict().command()).isEqualTo('t');
        }
    }

    @Test
    void aSlowCheckSendsProgressThenTempfailsAtTheDeadline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        MilterSettings quick = new MilterSettings("127.0.0.1", 0, Duration.ofMillis(1500), Duration.ofMillis(100), 1 << 20);
        try (MtaClient mta = start(quick, t -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return deliverAsIs(t);
        })) {
            MtaClient.EndOfMessage eom = send(mta);
            assertThat(eom.before()).isNotEmpty().allSatisfy(p -> assertThat(p.command()).isEqualTo('p'));
            assertThat(eom.verdict().command()).isEqualTo('t');
            release.countDown();
            // The late verdict is not sent into the next message's answer.
            MtaClient.EndOfMessage next = send(mta);
            assertThat(next.verdict().command()).isEqualTo('a');
            assertThat(next.all('p')).isEmpty();
        }
    }

    @Test
    void aMessageOverTheLimitIsRefusedWithoutBeingKept() throws Exception {
        MilterSettings small = new MilterSettings("127.0.0.1", 0, Duration.ofSeconds(30), Duration.ofSeconds(5), 2048);
        try (MtaClient mta = start(small, MilterDoorTest::deliverAsIs)) {
            MtaClient.EndOfMessage eom = mta.message(HEAD, List.of(COLLEAGUE), HEADERS, "y".repeat(5000));
            assertThat(eom.verdict().text()).isEqualTo("552 5.3.4 The message is too big: the limit is 2 KB");
        }
        assertThat(taken).isEmpty();
    }

    @Test
    void eachMessageOnAConnectionHasItsOwnEnvelope() throws Exception {
        try (MtaClient mta = start(MilterDoorTest::deliverAsIs)) {
            send(mta);
            mta.mail("<" + HEAD + ">");
            mta.rcpt("<x@example.org>");
            mta.abort();   // the client gave up (RSET): nothing is checked
            mta.message(HEAD, List.of("amy.roberts@gmail.com"), HEADERS, BODY);
        }
        assertThat(taken).extracting(t -> t.envelope().recipients())
                .containsExactly(List.of(COLLEAGUE), List.of("amy.roberts@gmail.com"));
    }

    @Test
    void anMtaWithoutLeadingSpacesGetsValuesWithoutThem() throws Exception {
        String stamped = "From: Head <" + HEAD + ">\r\nSubject: changed\r\n\r\n" + BODY;
        try (MtaClient mta = start(t -> new Disposition.Deliver(stamped.getBytes(StandardCharsets.UTF_8)))) {
            mta.optneg(MtaClient.ALL_ACTIONS, MtaClient.ALL_STEPS & ~0x100000);
            MtaClient.EndOfMessage eom = mta.message(HEAD, List.of(COLLEAGUE),
                    List.of(new String[] {"From", "Head <" + HEAD + ">"}, new String[] {"Subject", "original"}), BODY);
            assertThat(eom.all('m')).extracting(MtaClient.Packet::fields).containsExactly(List.of("1", "Subject", "changed"));
        }
        assertThat(taken.get(0).raw()).startsWith("From: Head <" + HEAD + ">\r\nSubject: original\r\n\r\n");
    }

    @Test
    void closingAnswersTheMessageInProgressThenDefersNewOnes() throws Exception {
        CountDownLatch inCheck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MtaClient first = start(t -> {
            if (t.envelope().recipients().contains(COLLEAGUE)) {
                inCheck.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return deliverAsIs(t);
        });
        MtaClient second = new MtaClient(door.port()).negotiate();
        try (first; second) {
            second.mail("<" + HEAD + ">");
            second.rcpt("<x@example.org>");
            second.header("Subject", " later");
            second.body(BODY.getBytes(StandardCharsets.UTF_8));
            CompletableFuture<MtaClient.EndOfMessage> firstAnswer = CompletableFuture.supplyAsync(() -> {
                try {
                    return send(first);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(inCheck.await(20, TimeUnit.SECONDS)).isTrue();
            MilterDoor closing = door;
            CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> closing.close(Duration.ofSeconds(20)));
            while (accepts(closing.port())) {
                Thread.sleep(20);
            }
            assertThat(second.eom().verdict().text()).startsWith("451 4.3.2 ");
            release.countDown();
            assertThat(firstAnswer.get(20, TimeUnit.SECONDS).verdict().command()).isEqualTo('a');
            assertThat(drained.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(first.closedByMilter()).isTrue();
        }
    }

    private static boolean accepts(int port) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
