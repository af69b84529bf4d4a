package uk.schoolgate.act.stamp;

import uk.schoolgate.parse.PartInfo;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.schoolgate.config.School;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.config.StampSettings;
import uk.schoolgate.parse.MailSession;

/**
 * Adds the school disclaimer and the sender's signature to a message that leaves the gateway
 * (actions DELIVER and ENCRYPT; the caller decides). Immutable and thread-safe.
 *
 * <p><b>What is stamped.</b> Every text/plain and text/html body part: both halves of
 * multipart/alternative, the text of multipart/related, the body of multipart/mixed. Never an
 * attachment (Content-Disposition attachment, a non-text part with a file name, an attached
 * message/rfc822 and anything inside it). See {@link MimeRewriter}.
 *
 * <p><b>Where.</b> In a reply or forward the signature goes under the new text, above the quoted
 * history; the disclaimer closes the part. Without history: signature, then disclaimer, at the end.
 * HTML gets simple markup inside {@code <body>}, spliced into the original source. See
 * {@link PlainTextStamp} and {@link HtmlStamp}.
 *
 * <p><b>Exactly once.</b> A part that already has the disclaimer (in its new text, or at its end)
 * does not get a second; the signature is not added when the new text already ends with it; so
 * stamping a stamped message changes nothing.
 *
 * <p><b>Bytes.</b> Everything that is not a stamped text part leaves byte for byte as it came
 * (header block, attachments, preambles, boundaries). A stamped part keeps its charset and
 * transfer encoding and its sender's bytes ({@link PartText}); it is written with CRLF line
 * endings, quoted-printable soft breaks or 76-character base64 lines. Plain text that cannot hold a
 * character of the stamp moves to UTF-8; HTML uses numeric character references instead.
 *
 * <p><b>Signed and encrypted messages</b> (multipart/signed, multipart/encrypted,
 * application/pkcs7-mime at the top level) are never edited inside. With
 * {@link StampSettings.SignedMessages#WRAP} (the default) the untouched entity is wrapped in a new
 * multipart/mixed with a text/plain part holding the signature and disclaimer, so the signature
 * still verifies ({@link SignedMessageWrapper}); with {@code SKIP} the message is returned
 * unchanged.
 *
 * <p><b>Malformed input</b> never makes it throw: what can be stamped safely is stamped, the rest is
 * left byte for byte, and {@link #stampWithNotes} says what was left and why.
 */
public final class Stamper {
    private final StampSettings settings;
    private final String disclaimer;
    private final School school;

    public Stamper(StampSettings settings, String disclaimer, School school) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.disclaimer = disclaimer;
        this.school = school;
    }

    /** The message as it leaves: disclaimer on every text body part, signature of {@code sender} (when known). */
    public byte[] stamp(byte[] raw, Optional<StaffMember> sender) {
        return stampWithNotes(raw, sender).message();
    }

    /** As {@link #stamp}, with whether anything changed and notes on what was not stamped and why. */
    public StampResult stampWithNotes(byte[] raw, Optional<StaffMember> sender) {
        Objects.requireNonNull(raw, "raw");
        StampText text = StampText.of(settings, disclaimer, school, sender == null ? Optional.empty() : sender);
        List<String> notes = new ArrayList<>();
        if (text.isEmpty()) {
            notes.add("nothing to add: disclaimer and signature are switched off or empty");
            return new StampResult(raw, false, notes);
        }
        try {
            MimeMessage message = new MimeMessage(MailSession.get(), new SharedByteArrayInputStream(raw));
            PartInfo top = PartInfo.of(message, false);
            if (top.isProtected()) {
                if (settings.signedMessages() == StampSettings.SignedMessages.SKIP) {
                    notes.add("message is signed or encrypted (" + top.type() + "); left as it is (SKIP)");
                    return new StampResult(raw, false, notes);
                }
                notes.add("message is signed or encrypted (" + top.type()
                        + "); wrapped in multipart/mixed with the stamp in a part of its own");
                return new StampResult(SignedMessageWrapper.wrap(raw, text), true, notes);
            }
            Optional<byte[]> out = new MimeRewriter(text, notes).message(raw, message);
            return out.map(bytes -> new StampResult(bytes, true, notes))
                    .orElseGet(() -> new StampResult(raw, false, notes));
        } catch (MessagingException | RuntimeException | StackOverflowError e) {
            notes.add("message could not be stamped (" + e.getClass().getSimpleName() + "); left as it is");
            return new StampResult(raw, false, notes);
        }
    }
}
