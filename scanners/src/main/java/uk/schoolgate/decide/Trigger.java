package uk.schoolgate.decide;

/**
 * A rule's reason to raise a flag, in words a teacher understands. The consequence ("it has not
 * been sent", "it is held for ...") is added by {@link ReasonWriter} from the configured action.
 *
 * @param what   what was found, e.g. "Your attachments total 3.1 MB; the school limit is 2 MB."
 * @param advice what the sender can do, shown when the message is stopped (may be empty)
 */
public record Trigger(Flag flag, String what, String advice) {
}
