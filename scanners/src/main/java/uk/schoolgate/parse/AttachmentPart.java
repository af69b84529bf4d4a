package uk.schoolgate.parse;

/**
 * A part of the message that is not body text: an attachment by the contract's definition
 * (Content-Disposition: attachment, or a non-text part with a file name, or an attached message),
 * or an inline non-body part such as an unnamed image or a text/calendar part, which is still read
 * for personal data but is not an attachment for the size limit.
 *
 * @param name         the decoded file name, or a stand-in like "part 3 (image/png)"
 * @param declaredType the Content-Type the sender's client declared (not trusted for type checks)
 * @param content      the decoded bytes (transfer encoding removed)
 * @param isAttachment an attachment in the contract's sense (counts towards the size limit)
 */
public record AttachmentPart(String name, String declaredType, byte[] content, boolean isAttachment) {
    public long size() {
        return content.length;
    }
}
