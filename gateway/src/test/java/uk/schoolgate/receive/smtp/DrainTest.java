package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.receive.smtp.SmtpWire.expect;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.schoolgate.receive.Reply;

/** close() drains: it stops listening, lets transactions in flight finish, then closes. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DrainTest {
    private static final String MESSAGE = "From: a@school.example\r\nSubject: x\r\n\r\nhello\r\n";

    /** An intake that signals when a message arrives and answers only when released. */
    private static RecordingIntake slow(CountDownLatch entered, CountDownLatch release) {
        return new RecordingIntake().answering((envelope, raw) -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.accepted("Delivered");
        });
    }

    private static void startData(SmtpWire wire) throws Exception {
        expect(wire.command("MAIL FROM:<a@school.example>"), "250");
        expect(wire.command("RCPT TO:<b@home.example>"), "250");
        expect(wire.command("DATA"), "354");
        wire.send(MESSAGE + ".\r\n");
    }

    /** Waits until the port refuses connections (the drain has stopped listening). */
    private static void awaitRefused(int port) throws Exception {
        for (int attempt = 0; attempt < 400; attempt++) {
            try (SmtpWire probe = SmtpWire.connect(port)) {
                // 220 before the drain has begun, 421 in the moment between its start and the listener closing.
                assertThat(probe.greeting()).matches("220 .*|421 4\\.3\\.2 .*");
            } catch (ConnectException refused) {
                return;
            } catch (java.net.SocketException reset) {
                // The probe was in the accept backlog when the listener closed: it is going away.
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the door kept listening while draining");
    }

    @Test
    void aMessageInTheIntakeGetsIts250BeforeTheDoorCloses() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestDoor door = TestDoor.builder().intake(slow(entered, release)).start();
        try (SmtpWire busy = SmtpWire.ready(door.port()); SmtpWire idle = SmtpWire.ready(door.port())) {
            startData(busy);
            assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Boolean> closing = CompletableFuture.supplyAsync(() -> door.door.close(Duration.ofSeconds(30)));
            awaitRefused(door.port());
            assertThat(closing).isNotDone();

            release.countDown();
            assertThat(busy.reply()).isEqualTo("250 2.0.0 Delivered");
            assertThat(closing.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(busy.closedByServer()).isTrue();
            assertThat(idle.closedByServer()).isTrue();
            assertThat(door.intake.taken).hasSize(1);
        } finally {
            release.countDown();
            door.close();
        }
    }

    @Test
    void aTransactionUnderWayMayFinishButNoNewOneStarts() throws Exception {
        TestDoor door = TestDoor.builder().start();
        try (SmtpWire wire = SmtpWire.ready(door.port())) {
            expect(wire.command("MAIL FROM:<a@school.example>"), "250");
            expect(wire.command("RCPT TO:<b@home.example>"), "250");

            CompletableFuture<Boolean> closing = CompletableFuture.supplyAsync(() -> door.door.close(Duration.ofSeconds(30)));
            awaitRefused(door.port());

            expect(wire.command("DATA"), "354");
            wire.send(MESSAGE + ".\r\n");
            assertThat(wire.reply()).isEqualTo("250 2.0.0 Delivered");
            String next = wire.command("MAIL FROM:<a@school.example>");
            // Either the MAIL was read before the drain closed the connection, or it was not.
            assertThat(next).isIn("421 " + MailFrom.CLOSING, "<closed>");
            assertThat(closing.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(door.intake.taken).hasSize(1);
        } finally {
            door.close();
        }
    }

    @Test
    void theWaitIsBoundedAndAnUnansweredClientIsNeverTold250() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestDoor door = TestDoor.builder().intake(slow(entered, release)).start();
        try (SmtpWire wire = SmtpWire.ready(door.port())) {
            startData(wire);
            assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(door.door.close(Duration.ofMillis(200))).isFalse();
            assertThat(wire.reply()).doesNotStartWith("250");
        } finally {
            release.countDown();
        }
    }

    @Test
    void closingTwiceOrBeforeStartIsHarmless() {
        TestDoor door = TestDoor.builder().start();
        assertThat(door.door.close(Duration.ofSeconds(5))).isTrue();
        assertThat(door.door.close(Duration.ofSeconds(5))).isTrue();
        SmtpDoor never = new SmtpDoor(door.settings, new RecordingIntake(), uk.schoolgate.auth.StaffAuthenticator.noAccounts(),
                TestDoor.DIRECTORY);
        never.close();
    }
}
