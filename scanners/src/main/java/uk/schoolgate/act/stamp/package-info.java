/**
 * Stamping, part of the act stage: the school disclaimer and the sender's signature on messages
 * that leave (DELIVER, ENCRYPT). Entry point: {@link uk.schoolgate.act.stamp.Stamper}.
 *
 * <p>One job per class:
 * <ul>
 * <li>{@code Stamper} - the public entry point; {@code StampResult} - the message plus notes;</li>
 * <li>{@code StampText} - the signature lines and disclaimer for one message;</li>
 * <li>{@code MimeRewriter} - which parts are body text, and writing the message back with all
 *     other bytes copied; {@code MultipartSplitter}, {@code RawEntity}, {@code Lines} - byte
 *     ranges of entities, in step with Jakarta Mail's parser; {@code PartInfo} - what a part's
 *     headers say;</li>
 * <li>{@code TextPartStamper} - one text part end to end; {@code PartText} - lossless decoding and
 *     charset choice; {@code TransferEncoding}, {@code QuotedPrintable} - transfer encodings;
 *     {@code HeaderBlock} - the few header edits;</li>
 * <li>{@code PlainTextStamp} and {@code HtmlStamp} (with {@code HtmlLayout},
 *     {@code QuoteContainers}) - where the blocks go; {@code Phrase} - "already there?";</li>
 * <li>{@code SignedMessageWrapper} - signed and encrypted messages.</li>
 * </ul>
 */
package uk.schoolgate.act.stamp;
