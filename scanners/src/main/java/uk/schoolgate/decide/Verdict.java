package uk.schoolgate.decide;

import java.util.List;
import java.util.Map;
import uk.schoolgate.detect.Finding;

/**
 * What the gateway decided about one message.
 *
 * @param action           the most severe action any raised flag asks for
 * @param flags            raised flags, most severe first
 * @param findings         every finding, report-only ones included (and marked)
 * @param reasons          plain-English sentences for the sender and the reviewer
 * @param unreadable       attachments that could not be read
 * @param recipientActions per envelope recipient: inside the school a message may go plain while
 *                         the external copy is encrypted (decided here, carried out by the door)
 * @param notes            technical notes for technicians (limits hit, malformed parts); no content
 */
public record Verdict(Action action, List<RaisedFlag> flags, List<Finding> findings, List<String> reasons,
                      List<UnreadableAttachment> unreadable, Map<String, Action> recipientActions,
                      List<String> notes) {

    public boolean has(Flag flag) {
        return flags.stream().anyMatch(f -> f.flag() == flag);
    }
}
