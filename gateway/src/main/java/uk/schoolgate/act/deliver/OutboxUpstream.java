package uk.schoolgate.act.deliver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded upstream: with no mail server configured, each delivered copy becomes one
 * {@code .eml} file in the outbox folder, so that a newcomer can see what the gateway would send.
 *
 * <p>File names are a UTC timestamp and a random id ({@code 20261105T142233.120Z-Xk3f9a2LqP0b.eml}),
 * so they sort by time and never collide. A file appears complete or not at all: it is written
 * under a hidden temporary name, forced to disk, renamed into place, and the folder is forced to
 * disk too, and only then is the delivery reported as accepted.
 *
 * <p>Two headers are prepended, as a local delivery agent would: {@code Return-Path: <sender>}
 * (the envelope sender; {@code <>} for the null sender) and {@code X-Envelope-To:} listing the
 * envelope recipients, comma separated and folded one per line. Postfix's {@code X-Original-To}
 * names a single recipient per delivered copy; one outbox copy can go to several recipients
 * (Bcc included), so the list form of Exim's {@code Envelope-to} is used under an X- name.
 */
public final class OutboxUpstream implements Upstream {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxUpstream.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> POSIX = Set.of("posix");

    private final Path outbox;
    private final Clock clock;

    public OutboxUpstream(Path outbox) {
        this(outbox, Clock.systemUTC());
    }

    OutboxUpstream(Path outbox, Clock clock) {
        this.outbox = outbox.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path folder() {
        return outbox;
    }

    @Override
    public DeliveryResult deliver(String sender, List<String> recipients, byte[] message) {
        String name = STAMP.format(clock.instant()) + "-" + randomId() + ".eml";
        Path target = outbox.resolve(name);
        Path temp = outbox.resolve("." + name + ".tmp");
        try {
            ensureFolder();
            try {
                write(temp, envelopeHeaders(sender, recipients, lineEnding(message)), message);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            try {
                syncFolder();
            } catch (IOException e) {
                // Not known to be durable: take it back, so the client's retry leaves one copy.
                Files.deleteIfExists(target);
                throw e;
            }
            return DeliveryResult.accepted("Written to the outbox as " + name);
        } catch (IOException | RuntimeException e) {
            LOG.warn("outbox: could not write a message ({})", e.getClass().getSimpleName());
            return DeliveryResult.temporaryFailure(451, "4.3.0", "The outbox folder could not be written");
        }
    }

    @Override
    public boolean reachable() {
        try {
            ensureFolder();
            return Files.isWritable(outbox);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The prepended headers, in the message's own line ending so the file stays consistent. */
    static byte[] envelopeHeaders(String sender, List<String> recipients, String eol) {
        StringBuilder sb = new StringBuilder();
        sb.append("Return-Path: <").append(address(sender)).append('>').append(eol);
        sb.append("X-Envelope-To: ");
        for (int i = 0; i < recipients.size(); i++) {
            if (i > 0) {
                sb.append(',').append(eol).append('\t');
            }
            sb.append(address(recipients.get(i)));
        }
        sb.append(eol);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An envelope address inside a header: one line, and no angle brackets that could end the path. */
    private static String address(String address) {
        return HeaderText.clean(address).replace("<", "").replace(">", "").replace(",", "").strip();
    }

    /** CRLF, as SMTP delivers, unless the message's first line ends with a bare LF. */
    static String lineEnding(byte[] message) {
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '\n') {
                return i > 0 && message[i - 1] == '\r' ? "\r\n" : "\n";
            }
        }
        return "\r\n";
    }

    private void ensureFolder() throws IOException {
        if (Files.isDirectory(outbox)) {
            return;
        }
        Path parent = outbox.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            // Delivered mail is personal: only the gateway's own user may read the outbox.
            Files.createDirectory(outbox, ownerOnly(outbox, "rwx------"));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(outbox)) {
                throw e;
            }
        }
    }

    private static void write(Path file, byte[] headers, byte[] message) throws IOException {
        try (FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                ownerOnly(file, "rw-------"))) {
            writeFully(ch, ByteBuffer.wrap(headers));
            writeFully(ch, ByteBuffer.wrap(message));
            ch.force(true);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            ch.write(buffer);
        }
    }

    /** Makes the rename itself durable (POSIX: the directory entry lives in the folder). */
    private void syncFolder() throws IOException {
        if (!outbox.getFileSystem().supportedFileAttributeViews().containsAll(POSIX)) {
            return;
        }
        try (FileChannel dir = FileChannel.open(outbox, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path path, String permissions) {
        if (!path.getFileSystem().supportedFileAttributeViews().containsAll(POSIX)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static String randomId() {
        byte[] b = new byte[9];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
