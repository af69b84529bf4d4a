package uk.schoolgate.extract;

/**
 * One attachment, or one item inside an attachment (an archive entry, a part of an attached
 * message, an object embedded in a document), as the detectors and the policy see it.
 *
 * @param path           the file name; nested items as "pack.zip/class list.xlsx" or "fwd.eml/report.pdf"
 * @param mediaType      the type found from the content (never from the declared type or the name alone)
 * @param size           decoded bytes; for depth 0 the size of the MIME part. For an entry that could not
 *                       be unpacked (encrypted), the size its archive declares, or 0 when unknown
 * @param depth          0 for parts of the message itself, +1 per container level
 * @param attachment     an attachment in the contract's sense; only depth-0 parts can be (the size rule
 *                       sums depth-0 attachments, so nested items must not be counted twice)
 * @param text           extracted plain text, "" if none; table rows one per line, cells separated by tabs
 * @param executable     a program or script by its content
 * @param executableKind e.g. "Windows program", "shell script"; null when not executable
 * @param unreadable     null when read in full
 */
public record ExtractedPart(String path, String mediaType, long size, int depth, boolean attachment,
                            String text, boolean executable, String executableKind, Unreadable unreadable) {
}
