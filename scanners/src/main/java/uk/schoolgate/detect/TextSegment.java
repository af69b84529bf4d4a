package uk.schoolgate.detect;

/**
 * One piece of text the detectors read: the subject, a body part as text, an attachment's
 * extracted text, or an attachment's file name.
 *
 * @param authoredEnd offset where quoted reply/forward history starts ({@code text.length()} when
 *                    there is none). Personal data in the history still counts, since it still
 *                    leaves; offensive language only counts in what the sender wrote.
 */
public record TextSegment(Location location, String text, int authoredEnd) {
    public TextSegment {
        if (authoredEnd < 0 || authoredEnd > text.length()) {
            authoredEnd = text.length();
        }
    }

    public static TextSegment of(Location location, String text) {
        return new TextSegment(location, text, text.length());
    }

    public boolean isAuthored(int offset) {
        return offset < authoredEnd;
    }
}
