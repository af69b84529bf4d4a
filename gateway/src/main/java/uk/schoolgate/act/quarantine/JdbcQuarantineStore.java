package uk.schoolgate.act.quarantine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.pipeline.Envelope;

/**
 * The quarantine in a relational database (H2 or PostgreSQL, see {@link Database}): one row per
 * held message with its envelope, subject and verdict in child tables, and the bytes in
 * {@code held_content}, sealed by a {@link MessageCipher}.
 *
 * <p>{@link #hold} writes everything in one transaction and returns only once it is committed and
 * on disk ({@link Database.Kind}): the SMTP client is told 250 straight after and forgets the
 * message.
 */
public final class JdbcQuarantineStore implements QuarantineStore, QuarantineReader {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int MAX_LIST = 1000;
    private static final String COLUMNS = "id, held_at, status, node, sender, subject, verdict_action, message_size";

    private final Database db;
    private final String node;
    private final MessageCipher cipher;
    private final Clock clock;

    /** @param node this gateway's name, recorded with each message it holds (defaults to the host name) */
    public JdbcQuarantineStore(Database db, String node) {
        this(db, node, MessageCipher.NONE, Clock.systemUTC());
    }

    public JdbcQuarantineStore(Database db, String node, MessageCipher cipher, Clock clock) {
        this.db = db;
        this.node = node == null || node.isBlank() ? localHostName() : node;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public HeldMessage hold(Envelope envelope, byte[] raw, Verdict verdict) {
        String id = newId();
        // PostgreSQL keeps microseconds: store what reads back identically.
        Instant heldAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String subject = SubjectHeader.read(raw);
        byte[] sealed = cipher.seal(id, raw);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                db.kind().beginTransaction(c);
                insertMessage(c, id, heldAt, envelope, subject, verdict, raw.length);
                insertRecipients(c, id, envelope.recipients(), verdict.recipientActions());
                insertFlags(c, id, verdict.flags());
                insertReasons(c, id, verdict.reasons());
                insertFindings(c, id, verdict.findings());
                insertContent(c, id, sealed);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
            c.setAutoCommit(true);
            db.kind().afterCommit(c);
        } catch (SQLException e) {
            throw QuarantineException.of("the quarantine could not store a message", e);
        }
        return new HeldMessage(id, heldAt);
    }

    @Override
    public Optional<QuarantinedMessage> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM held_message WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(complete(c, rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw QuarantineException.of("the quarantine could not be read", e);
        }
    }

    @Override
    public List<QuarantinedMessage> list(HeldStatus status, int limit) {
        int n = Math.max(0, Math.min(limit, MAX_LIST));
        List<QuarantinedMessage> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM held_message WHERE status = ? ORDER BY held_at DESC, id LIMIT ?")) {
            ps.setString(1, status.name());
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(complete(c, rs));
                }
            }
        } catch (SQLException e) {
            throw QuarantineException.of("the quarantine could not be read", e);
        }
        return out;
    }

    @Override
    public Optional<byte[]> content(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT cipher, content FROM held_content WHERE message_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(cipherNamed(rs.getString(1)).open(id, rs.getBytes(2)));
            }
        } catch (SQLException e) {
            throw QuarantineException.of("the quarantine could not be read", e);
        }
    }

    private void insertMessage(Connection c, String id, Instant heldAt, Envelope envelope, String subject,
                               Verdict verdict, long size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO held_message (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setObject(2, OffsetDateTime.ofInstant(heldAt, ZoneOffset.UTC));
            ps.setString(3, HeldStatus.HELD.name());
            ps.setString(4, node);
            ps.setString(5, envelope.sender());
            ps.setString(6, subject);
            ps.setString(7, verdict.action().name());
            ps.setLong(8, size);
            ps.executeUpdate();
        }
    }

    private static void insertRecipients(Connection c, String id, List<String> recipients,
                                         Map<String, Action> actions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO held_recipient (message_id, ordinal, address, verdict_action) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < recipients.size(); i++) {
                Action action = actions.get(recipients.get(i));
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, recipients.get(i));
                ps.setString(4, action == null ? null : action.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertFlags(Connection c, String id, List<RaisedFlag> flags) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO held_flag (message_id, ordinal, flag, flag_action, reason) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < flags.size(); i++) {
                RaisedFlag f = flags.get(i);
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, f.flag().name());
                ps.setString(4, f.action().name());
                ps.setString(5, f.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertReasons(Connection c, String id, List<String> reasons) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO held_reason (message_id, ordinal, reason) VALUES (?, ?, ?)")) {
            for (int i = 0; i < reasons.size(); i++) {
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, reasons.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertFindings(Connection c, String id, List<Finding> findings) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO held_finding (message_id, ordinal, finding_type, "
                + "location_kind, location_name, start_offset, end_offset, excerpt, confidence, rule_name, report_only) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setString(3, f.type().name());
                ps.setString(4, f.location().kind().name());
                ps.setString(5, f.location().name());
                ps.setInt(6, f.start());
                ps.setInt(7, f.end());
                ps.setString(8, nullToEmpty(f.excerpt()));
                ps.setDouble(9, f.confidence());
                ps.setString(10, nullToEmpty(f.rule()));
                ps.setBoolean(11, f.reportOnly());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertContent(Connection c, String id, byte[] sealed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO held_content (message_id, cipher, content) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, cipher.name());
            ps.setBytes(3, sealed);
            ps.executeUpdate();
        }
    }

    private static QuarantinedMessage complete(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<String> recipients = new ArrayList<>();
        Map<String, Action> recipientActions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT address, verdict_action FROM held_recipient WHERE message_id = ? ORDER BY ordinal")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    recipients.add(r.getString(1));
                    if (r.getString(2) != null) {
                        recipientActions.put(r.getString(1), Action.valueOf(r.getString(2)));
                    }
                }
            }
        }
        List<RaisedFlag> flags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT flag, flag_action, reason FROM held_flag WHERE message_id = ? ORDER BY ordinal")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    flags.add(new RaisedFlag(Flag.valueOf(r.getString(1)), Action.valueOf(r.getString(2)),
                            r.getString(3)));
                }
            }
        }
        List<String> reasons = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT reason FROM held_reason WHERE message_id = ? ORDER BY ordinal")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    reasons.add(r.getString(1));
                }
            }
        }
        return new QuarantinedMessage(id, rs.getObject("held_at", OffsetDateTime.class).toInstant(),
                HeldStatus.valueOf(rs.getString("status")), rs.getString("node"), rs.getString("sender"),
                List.copyOf(recipients), Map.copyOf(recipientActions), rs.getString("subject"),
                Action.valueOf(rs.getString("verdict_action")), List.copyOf(flags), List.copyOf(reasons),
                findings(c, id), rs.getLong("message_size"));
    }

    private static List<HeldFinding> findings(Connection c, String id) throws SQLException {
        List<HeldFinding> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT finding_type, location_kind, location_name, "
                + "start_offset, end_offset, excerpt, confidence, rule_name, report_only FROM held_finding "
                + "WHERE message_id = ? ORDER BY ordinal")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new HeldFinding(FindingType.valueOf(r.getString(1)),
                            new Location(Location.Kind.valueOf(r.getString(2)), r.getString(3)), r.getInt(4),
                            r.getInt(5), r.getString(6), r.getDouble(7), r.getString(8), r.getBoolean(9)));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Rows sealed before encryption was switched on were stored as they are. */
    private MessageCipher cipherNamed(String name) {
        if (cipher.name().equals(name)) {
            return cipher;
        }
        if (MessageCipher.NONE.name().equals(name)) {
            return MessageCipher.NONE;
        }
        throw new QuarantineException("a held message is sealed with an unknown cipher '"
                + name.replaceAll("[^A-Za-z0-9_.-]", "?") + "'");
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The connection is broken; the transaction is gone with it.
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** 128 random bits, URL-safe (22 characters): safe to put in a console link, impossible to guess. */
    private static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "gateway";
        }
    }
}
