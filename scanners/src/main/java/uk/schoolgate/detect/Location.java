package uk.schoolgate.detect;

/**
 * Where a piece of text came from: the subject, the message body, or an attachment (named by its
 * file name; nested attachments by their path, e.g. {@code pack.zip/class list.xlsx}).
 */
public record Location(Kind kind, String name) {
    public enum Kind { SUBJECT, BODY, ATTACHMENT }

    public static final Location SUBJECT = new Location(Kind.SUBJECT, "subject");
    public static final Location BODY = new Location(Kind.BODY, "body");

    public static Location attachment(String path) {
        return new Location(Kind.ATTACHMENT, path);
    }

    /** The label printed in scan output: "subject", "body" or the attachment's name. */
    public String label() {
        return name;
    }
}
