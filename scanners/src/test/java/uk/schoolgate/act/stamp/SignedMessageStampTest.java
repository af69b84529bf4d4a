package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.schoolgate.act.stamp.StampFixtures.DISCLAIMER;
import static uk.schoolgate.act.stamp.StampFixtures.JO;
import static uk.schoolgate.act.stamp.StampFixtures.SCHOOL;
import static uk.schoolgate.act.stamp.StampFixtures.STAMPER;
import static uk.schoolgate.act.stamp.StampFixtures.bytes;
import static uk.schoolgate.act.stamp.StampFixtures.crlf;
import static uk.schoolgate.act.stamp.StampFixtures.indexOf;
import static uk.schoolgate.act.stamp.StampFixtures.parse;
import static uk.schoolgate.act.stamp.StampFixtures.rawContent;
import static uk.schoolgate.act.stamp.StampFixtures.text;

import jakarta.mail.Header;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.schoolgate.config.StampSettings;

class SignedMessageStampTest {
    static final Path SMIME = CorpusLocation.root().resolve("thunderbird-smime");

    @TempDir
    Path tmp;

    private static String syntheticSigned() {
        return crlf("From: Jo Bloggs <jo.bloggs@oakfield.sch.uk>", "To: parent@example.com", "Subject: signed",
                "MIME-Version: 1.0",
                "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256;",
                " boundary=\"sig\"", "",
                "This is a cryptographically signed message in MIME format.", "",
                "--sig", "Content-Type: text/plain; charset=us-ascii", "", "Signed words.", "",
                "--sig", "Content-Type: application/pkcs7-signature; name=smime.p7s",
                "Content-Transfer-Encoding: base64", "", "AAAA", "", "--sig--", "");
    }

    private static List<String> nonContentHeaders(MimeMessage m) throws Exception {
        List<String> out = new ArrayList<>();
        for (Header h : Collections.list(m.getAllHeaders())) {
            String name = h.getName().toLowerCase(Locale.ROOT);
            if (!name.startsWith("content-") && !name.equals("mime-version")) {
                out.add(h.getName() + ": " + h.getValue());
            }
        }
        return out;
    }

    private static byte[] entity(MimeBodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        return out.toByteArray();
    }

    /** Checks the wrapper's shape and returns its first part, the original entity. */
    private static MimeBodyPart assertWrapped(byte[] in, byte[] out, String expectedType) throws Exception {
        MimeMessage before = parse(in);
        MimeMessage after = parse(out);
        assertThat(after.isMimeType("multipart/mixed")).isTrue();
        assertThat(nonContentHeaders(after)).isEqualTo(nonContentHeaders(before));
        Multipart mixed = (Multipart) after.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        MimeBodyPart signed = (MimeBodyPart) mixed.getBodyPart(0);
        assertThat(signed.isMimeType(expectedType)).isTrue();
        assertThat(rawContent(signed)).isEqualTo(rawContent(before));
        assertThat(signed.getHeader("Content-Type", null)).isEqualTo(before.getHeader("Content-Type", null));
        assertThat(indexOf(out, rawContent(before))).isGreaterThan(0);
        MimeBodyPart stamp = (MimeBodyPart) mixed.getBodyPart(1);
        assertThat(stamp.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        String t = text(stamp);
        assertThat(t).startsWith("Jo Bloggs\r\nYear 3 Teacher\r\n").contains(DISCLAIMER);
        assertThat(t.indexOf(DISCLAIMER)).isGreaterThan(t.indexOf("01234 567890"));
        return signed;
    }

    @Test
    void syntheticSignedMessageIsWrapped() throws Exception {
        byte[] in = bytes(syntheticSigned());
        StampResult r = STAMPER.stampWithNotes(in, JO);
        assertThat(r.changed()).isTrue();
        assertThat(r.notes()).anyMatch(n -> n.contains("wrapped"));
        assertWrapped(in, r.message(), "multipart/signed");
        StampFixtures.assertCrlfAndLineLengths(r.message());
        // the signed text itself is not stamped
        MimeMessage after = parse(r.message());
        Multipart signed = (Multipart) ((Multipart) after.getContent()).getBodyPart(0).getContent();
        assertThat(text(signed.getBodyPart(0))).isEqualTo("Signed words.\r\n");
        // idempotent: a wrapped message is a multipart/mixed whose last text part already has the stamp
        StampResult again = STAMPER.stampWithNotes(r.message(), JO);
        assertThat(again.changed()).isFalse();
        assertThat(again.message()).isEqualTo(r.message());
    }

    @Test
    void skipLeavesSignedMessagesAlone() {
        byte[] in = bytes(syntheticSigned());
        Stamper skip = new Stamper(new StampSettings(true, true, StampSettings.SignedMessages.SKIP), DISCLAIMER,
                SCHOOL);
        StampResult r = skip.stampWithNotes(in, JO);
        assertThat(r.changed()).isFalse();
        assertThat(r.message()).isSameAs(in);
        assertThat(r.notes()).anyMatch(n -> n.contains("SKIP"));
    }

    @Test
    void wrapIsDeterministic() {
        byte[] in = bytes(syntheticSigned());
        assertThat(STAMPER.stamp(in, JO)).isEqualTo(STAMPER.stamp(in, JO));
    }

    @Test
    void thunderbirdDetachedSignatureStillVerifies() throws Exception {
        Path file = SMIME.resolve("alice.dsig.SHA256.multipart.eml");
        assumeTrue(Files.isRegularFile(file), "corpus absent: " + file);
        byte[] in = Files.readAllBytes(file);
        byte[] out = STAMPER.stamp(in, JO);
        MimeBodyPart signed = assertWrapped(in, out, "multipart/signed");
        assumeTrue(opensslAvailable(), "openssl not installed");
        assertThat(verifies(in)).as("original verifies").isTrue();
        assertThat(verifies(entity(signed))).as("wrapped entity verifies").isTrue();
    }

    @Test
    void thunderbirdOpaqueSignatureStillVerifies() throws Exception {
        Path file = SMIME.resolve("alice.sig.SHA256.opaque.eml");
        assumeTrue(Files.isRegularFile(file), "corpus absent: " + file);
        byte[] in = Files.readAllBytes(file);
        byte[] out = STAMPER.stamp(in, JO);
        MimeBodyPart signed = assertWrapped(in, out, "application/pkcs7-mime");
        assertThat(signed.getEncoding()).isEqualTo("base64");
        assertThat(signed.getFileName()).isEqualTo("smime.p7m");
        assumeTrue(opensslAvailable(), "openssl not installed");
        assertThat(verifies(entity(signed))).as("wrapped entity verifies").isTrue();
    }

    @Test
    void tamperedSignatureStillFailsAfterWrapping() throws Exception {
        Path file = SMIME.resolve("alice.dsig.SHA256.multipart.bad.eml");
        assumeTrue(Files.isRegularFile(file), "corpus absent: " + file);
        assumeTrue(opensslAvailable(), "openssl not installed");
        byte[] out = STAMPER.stamp(Files.readAllBytes(file), JO);
        MimeBodyPart signed = (MimeBodyPart) ((Multipart) parse(out).getContent()).getBodyPart(0);
        assertThat(verifies(entity(signed))).isFalse();
    }

    @Test
    void encryptedMessageIsWrappedUntouched() throws Exception {
        Path file = SMIME.resolve("alice.env.eml");
        assumeTrue(Files.isRegularFile(file), "corpus absent: " + file);
        byte[] in = Files.readAllBytes(file);
        assertWrapped(in, STAMPER.stamp(in, JO), "application/pkcs7-mime");
    }

    private static boolean opensslAvailable() {
        try {
            Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean verifies(byte[] entity) throws Exception {
        Path f = Files.createTempFile(tmp, "signed", ".eml");
        Files.write(f, entity);
        Process p = new ProcessBuilder("openssl", "smime", "-verify", "-noverify", "-in", f.toString(), "-out",
                tmp.resolve("content.txt").toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0;
    }
}
