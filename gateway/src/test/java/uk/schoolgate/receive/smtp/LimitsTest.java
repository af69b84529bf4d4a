package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.receive.smtp.SmtpWire.expect;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Recipients, size, line length, header lines, connections and time, over real sockets. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {
    private static final String HEADERS = "From: a@school.example\r\nTo: b@home.example\r\nSubject: x\r\n\r\n";

    @Test
    void recipientsBeyondTheLimitGet452AndTheRestAreKept() throws Exception {
        try (TestDoor door = TestDoor.builder().maxRecipients(3).start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            expect(wire.command("MAIL FROM:<a@school.example>"), "250");
            for (int i = 1; i <= 3; i++) {
                expect(wire.command("RCPT TO:<r" + i + "@home.example>"), "250");
            }
            assertThat(wire.command("RCPT TO:<r4@home.example>")).startsWith("452 4.5.3 Too many recipients");
            expect(wire.command("DATA"), "354");
            wire.send(HEADERS + "hi\r\n.\r\n");
            expect(wire.reply(), "250");
            assertThat(door.intake.only().envelope().recipients()).hasSize(3);
        }
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedAtMailFrom() throws Exception {
        try (TestDoor door = TestDoor.builder().maxMessageBytes(1024 * 1024).start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.command("MAIL FROM:<a@school.example> SIZE=1048577"))
                    .isEqualTo("552 5.3.4 The message is too big: the limit is 1 MB");
            assertThat(wire.command("MAIL FROM:<a@school.example> SIZE=99999999999999999999")).startsWith("501 5.5.4");
            expect(wire.command("MAIL FROM:<a@school.example> SIZE=1048576"), "250");
        }
    }

    @Test
    void dataOverTheSizeLimitIsRefusedAndTheSessionGoesOn() throws Exception {
        try (TestDoor door = TestDoor.builder().maxMessageBytes(64 * 1024).start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            String big = HEADERS + ("x".repeat(998) + "\r\n").repeat(70);
            assertThat(wire.send("a@school.example", "b@home.example", big)).startsWith("552 5.3.4 The message is too big");
            assertThat(door.intake.taken).isEmpty();
            assertThat(wire.send("a@school.example", "b@home.example", HEADERS + "small\r\n")).startsWith("250");
        }
    }

    @Test
    void tooManyHeaderLinesAreRefused() throws Exception {
        try (TestDoor door = TestDoor.builder().maxHeaderLines(10).start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            String headers = "X-Filler: 1\r\n".repeat(8);
            assertThat(wire.send("a@school.example", "b@home.example", headers + "Subject: ok\r\nFrom: a@school.example\r\n\r\nbody\r\n"))
                    .startsWith("250");
            assertThat(wire.send("a@school.example", "b@home.example", headers + "Subject: no\r\nFrom: a@school.example\r\n"
                    + "To: b@home.example\r\n\r\nbody\r\n")).startsWith("552 5.3.4 Message refused: more than 10 header lines");
            assertThat(door.intake.taken).hasSize(1);
        }
    }

    @Test
    void aDataLineOverTheLimitIsRefused() throws Exception {
        try (TestDoor door = TestDoor.builder().maxLineLength(1000).start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.send("a@school.example", "b@home.example", HEADERS + "y".repeat(1000) + "\r\n")).startsWith("250");
            assertThat(wire.send("a@school.example", "b@home.example", HEADERS + "y".repeat(1001) + "\r\n"))
                    .startsWith("552 5.3.4 Message refused: a line is longer than 1000 characters");
            assertThat(door.intake.taken).hasSize(1);
        }
    }

    @Test
    void anOverlongCommandLineIsRefusedAndTheConnectionClosed() throws Exception {
        try (TestDoor door = TestDoor.builder().start(); SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.command("NOOP " + "z".repeat(5000))).startsWith("5");
            assertThat(wire.closedByServer()).isTrue();
        }
    }

    @Test
    void connectionsPerClientAreLimited() throws Exception {
        try (TestDoor door = TestDoor.builder().maxConnectionsPerClient(2).start();
             SmtpWire first = SmtpWire.connect(door.port()); SmtpWire second = SmtpWire.connect(door.port())) {
            expect(first.greeting(), "220");
            expect(second.greeting(), "220");
            try (SmtpWire third = SmtpWire.connect(door.port())) {
                assertThat(third.greeting()).startsWith("421 4.7.0 Too many connections from your address");
                assertThat(third.closedByServer()).isTrue();
            }
            expect(first.command("QUIT"), "221");
            assertThat(first.closedByServer()).isTrue();
            awaitFreedSlot(door);
        }
    }

    /** The slot comes back once the server has finished the closed session; poll for it. */
    private static void awaitFreedSlot(TestDoor door) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (SmtpWire again = SmtpWire.connect(door.port())) {
                if (again.greeting().startsWith("220")) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the connection slot was never freed");
    }

    @Test
    void anIdleClientIsDisconnected() throws Exception {
        try (TestDoor door = TestDoor.builder().idleTimeout(Duration.ofMillis(500)).start();
             SmtpWire wire = SmtpWire.ready(door.port())) {
            assertThat(wire.reply()).startsWith("421");
            assertThat(wire.closedByServer()).isTrue();
        }
    }

    @Test
    void aSessionCannotOutlastItsTotalTime() throws Exception {
        try (TestDoor door = TestDoor.builder().sessionTimeout(Duration.ofSeconds(1)).start();
             SmtpWire wire = SmtpWire.ready(door.port())) {
            String reply = "";
            for (int i = 0; i < 200 && !reply.startsWith("421"); i++) {
                reply = wire.command("NOOP");
                Thread.sleep(50);
            }
            // 421 either from the time check before a command or from the shortened read timeout.
            assertThat(reply).startsWith("421");
            assertThat(wire.closedByServer()).isTrue();
        }
    }

    @Test
    void aSlowDataSenderCannotOutlastTheSessionTime() throws Exception {
        try (TestDoor door = TestDoor.builder().sessionTimeout(Duration.ofSeconds(1)).start();
             SmtpWire wire = SmtpWire.ready(door.port())) {
            expect(wire.command("MAIL FROM:<a@school.example>"), "250");
            expect(wire.command("RCPT TO:<b@home.example>"), "250");
            expect(wire.command("DATA"), "354");
            wire.send(HEADERS);
            String reply = "<none>";
            for (int i = 0; i < 200; i++) {
                try {
                    wire.send("a line sent slowly\r\n");
                } catch (java.io.IOException closed) {
                    reply = wire.reply();
                    break;
                }
                Thread.sleep(50);
                if (i % 5 == 0 && wire.hasReply()) {
                    reply = wire.reply();
                    break;
                }
            }
            assertThat(reply).startsWith("421");
            assertThat(door.intake.taken).isEmpty();
        }
    }
}
