package uk.schoolgate.act.quarantine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.RaisedFlag;

/**
 * Everything the quarantine knows about a held message except its bytes (read those with
 * {@link QuarantineReader#content}).
 *
 * @param sender           the envelope sender; empty for the null sender
 * @param recipientActions per recipient, the action the verdict gave it
 * @param action           the verdict's action: QUARANTINE, or ENCRYPT held until the gateway can encrypt
 * @param size             bytes of the message as received
 * @param node             the gateway that held it
 */
public record QuarantinedMessage(String id, Instant heldAt, HeldStatus status, String node, String sender,
                                 List<String> recipients, Map<String, Action> recipientActions, String subject,
                                 Action action, List<RaisedFlag> flags, List<String> reasons,
                                 List<HeldFinding> findings, long size) {

    public HeldMessage summary() {
        return new HeldMessage(id, heldAt);
    }
}
