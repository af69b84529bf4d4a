package uk.schoolgate.parse;

/**
 * A body part (text/plain or text/html, not an attachment) as text for the detectors.
 *
 * @param html       whether it came from text/html (already turned into text)
 * @param quoteStart offset in {@code text} where quoted reply history starts
 */
public record BodyText(String text, boolean html, int quoteStart) {
}
