package uk.schoolgate.parse;

import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A message taken apart: its addresses, subject, body text and the parts that need extracting.
 *
 * @param mime      the Jakarta Mail tree, for stamping
 * @param bodies    the body text to scan (one alternative of each multipart/alternative)
 * @param parts     attachments and other non-body parts, in message order
 * @param protectedBody the body is signed or encrypted (S/MIME, PGP) and must not be edited
 * @param problems  what could not be parsed cleanly, in words for a technician (no content)
 */
public record ParsedMessage(MimeMessage mime, String subject, List<MailAddress> from, List<MailAddress> to,
                            List<MailAddress> cc, List<MailAddress> bcc, List<BodyText> bodies,
                            List<AttachmentPart> parts, boolean protectedBody, List<String> problems) {
}
