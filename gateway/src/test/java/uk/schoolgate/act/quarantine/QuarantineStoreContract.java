package uk.schoolgate.act.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;

/** What every database under the quarantine must do; run on H2 and on PostgreSQL. */
abstract class QuarantineStoreContract {
    /** Opens (and migrates) the same database every time it is called in one test. */
    abstract Database open();

    @Test
    void holdThenReadBackEverything() {
        byte[] raw = HeldFixtures.raw("=?UTF-8?Q?Year_5_trip_=E2=80=94_caf=C3=A9?=\r\n  list");
        Verdict verdict = HeldFixtures.verdict();
        Instant now = Instant.parse("2026-11-05T09:15:30.123456789Z");
        try (Database db = open()) {
            JdbcQuarantineStore store = new JdbcQuarantineStore(db, "node-a", MessageCipher.NONE,
                    Clock.fixed(now, ZoneOffset.UTC));
            HeldMessage held = store.hold(HeldFixtures.ENVELOPE, raw, verdict);

            assertThat(held.id()).matches("[A-Za-z0-9_-]{22}");
            assertThat(held.heldAt()).isEqualTo(Instant.parse("2026-11-05T09:15:30.123456Z"));
            QuarantinedMessage m = store.find(held.id()).orElseThrow();
            assertThat(m.summary()).isEqualTo(held);
            assertThat(m.status()).isEqualTo(HeldStatus.HELD);
            assertThat(m.node()).isEqualTo("node-a");
            assertThat(m.sender()).isEqualTo("ann.teacher@oakfield.sch.uk");
            assertThat(m.recipients()).containsExactly("parent.one@home.example", "office@oakfield.sch.uk");
            assertThat(m.recipientActions()).isEqualTo(verdict.recipientActions());
            assertThat(m.subject()).isEqualTo("Year 5 trip — café list");
            assertThat(m.action()).isEqualTo(Action.QUARANTINE);
            assertThat(m.flags()).isEqualTo(verdict.flags());
            assertThat(m.reasons()).isEqualTo(verdict.reasons());
            assertThat(m.findings()).containsExactly(
                    new HeldFinding(FindingType.DATE_OF_BIRTH, Location.BODY, 15, 29, "DOB 1*/**/***5", 0.95,
                            "dob-label", false),
                    new HeldFinding(FindingType.POSTAL_ADDRESS, Location.attachment("pack.zip/class list.xlsx"), 0, 20,
                            "1 H*** S*****", 0.6, "postcode+street", true));
            assertThat(m.size()).isEqualTo(raw.length);
            assertThat(store.content(held.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(raw));
        }
    }

    @Test
    void survivesClosingAndReopening() {
        byte[] raw = HeldFixtures.raw("Reopen");
        HeldMessage held;
        try (Database db = open()) {
            held = new JdbcQuarantineStore(db, "node-a").hold(HeldFixtures.ENVELOPE, raw, HeldFixtures.verdict());
        }
        try (Database db = open()) {
            JdbcQuarantineStore store = new JdbcQuarantineStore(db, "node-b");
            assertThat(store.find(held.id())).hasValueSatisfying(m -> {
                assertThat(m.subject()).isEqualTo("Reopen");
                assertThat(m.node()).isEqualTo("node-a");
            });
            assertThat(store.content(held.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(raw));
        }
    }

    @Test
    void migrationsRunOnceAndAreIdempotent() {
        try (Database first = open()) {
            assertThat(Flyway.configure().dataSource(first.dataSource()).load().info().applied()).hasSize(1);
        }
        try (Database again = open()) {
            Flyway flyway = Flyway.configure().dataSource(again.dataSource()).load();
            assertThat(flyway.migrate().migrationsExecuted).isZero();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().applied()).hasSize(1);
        }
    }

    @Test
    void keepsLargeBinaryMessagesExactly() {
        byte[] raw = new byte[3 * 1024 * 1024];
        new Random(42).nextBytes(raw);
        byte[] head = "Subject: binary\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, raw, 0, head.length);
        try (Database db = open()) {
            JdbcQuarantineStore store = new JdbcQuarantineStore(db, "node-a");
            HeldMessage held = store.hold(HeldFixtures.ENVELOPE, raw, HeldFixtures.verdict());
            assertThat(store.content(held.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(raw));
            assertThat(store.find(held.id()).orElseThrow().subject()).isEqualTo("binary");
        }
    }

    @Test
    void listsNewestFirstByStatus() {
        try (Database db = open()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Clock at = Clock.fixed(Instant.parse("2026-11-0" + (i + 1) + "T10:00:00Z"), ZoneOffset.UTC);
                ids.add(new JdbcQuarantineStore(db, "n", MessageCipher.NONE, at)
                        .hold(HeldFixtures.ENVELOPE, HeldFixtures.raw("m" + i), HeldFixtures.verdict()).id());
            }
            JdbcQuarantineStore store = new JdbcQuarantineStore(db, "n");
            assertThat(store.list(HeldStatus.HELD, 10)).extracting(QuarantinedMessage::id)
                    .containsExactly(ids.get(2), ids.get(1), ids.get(0));
            assertThat(store.list(HeldStatus.HELD, 2)).hasSize(2);
            assertThat(store.list(HeldStatus.RELEASED, 10)).isEmpty();
        }
    }

    @Test
    void unknownAndMalformedIdsFindNothing() {
        try (Database db = open()) {
            JdbcQuarantineStore store = new JdbcQuarantineStore(db, "n");
            assertThat(store.find("AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
            assertThat(store.find("x' OR '1'='1")).isEmpty();
            assertThat(store.content("../../etc/passwd")).isEmpty();
        }
    }

    @Test
    void holdsFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (Database db = open()) {
            JdbcQuarantineStore store = new JdbcQuarantineStore(db, "n");
            List<Future<HeldMessage>> futures = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                byte[] raw = HeldFixtures.raw("parallel " + i);
                futures.add(pool.submit(() -> store.hold(HeldFixtures.ENVELOPE, raw, HeldFixtures.verdict())));
            }
            for (Future<HeldMessage> f : futures) {
                assertThat(store.find(f.get().id())).isPresent();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSealedMessageIsOpenedWithItsCipherAndOlderPlainRowsStayReadable() {
        MessageCipher reversing = new MessageCipher() {
            @Override
            public String name() {
                return "test-reverse";
            }

            @Override
            public byte[] seal(String id, byte[] plain) {
                return reverse(plain);
            }

            @Override
            public byte[] open(String id, byte[] sealed) {
                return reverse(sealed);
            }
        };
        byte[] raw = HeldFixtures.raw("sealed");
        try (Database db = open()) {
            HeldMessage plain = new JdbcQuarantineStore(db, "n").hold(HeldFixtures.ENVELOPE, raw, HeldFixtures.verdict());
            JdbcQuarantineStore sealing = new JdbcQuarantineStore(db, "n", reversing, Clock.systemUTC());
            HeldMessage sealed = sealing.hold(HeldFixtures.ENVELOPE, raw, HeldFixtures.verdict());
            assertThat(sealing.content(sealed.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(raw));
            assertThat(sealing.content(plain.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(raw));
            assertThatThrownBy(() -> new JdbcQuarantineStore(db, "n").content(sealed.id()))
                    .isInstanceOf(QuarantineException.class);
        }
    }

    @Test
    void failuresSayNothingAboutTheMessage() {
        Database db = open();
        db.close();
        JdbcQuarantineStore store = new JdbcQuarantineStore(db, "n");
        assertThatThrownBy(() -> store.hold(HeldFixtures.ENVELOPE, HeldFixtures.raw("Secret subject"),
                HeldFixtures.verdict()))
                .isInstanceOf(QuarantineException.class)
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("Secret subject", "ann.teacher", "Bloggs"));
    }

    private static String stackText(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t).append('\n');
        }
        return sb.toString();
    }

    private static byte[] reverse(byte[] in) {
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[in.length - 1 - i];
        }
        return out;
    }

}
