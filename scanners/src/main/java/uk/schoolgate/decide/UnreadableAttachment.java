package uk.schoolgate.decide;

/** An attachment the gateway could not read, so could not check (reported in the verdict). */
public record UnreadableAttachment(String path, String reason) {
}
