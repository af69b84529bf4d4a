package uk.schoolgate.config;

import java.util.Map;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagAction;

/** The thresholds and per-flag actions of the policy (gateway.yaml {@code policy:}). */
public record PolicySettings(long attachmentLimitBytes, int maxVisibleExternalRecipients, int bulkPersonalDataThreshold,
                             Action unreadableAttachmentAction, Map<Flag, FlagAction> actions) {

    public static final long DEFAULT_ATTACHMENT_LIMIT = 2L * 1024 * 1024;

    /** The contract's default actions. */
    public static Map<Flag, FlagAction> defaultActions() {
        FlagAction encryptExternal = new FlagAction(Action.DELIVER, Action.ENCRYPT);
        return Map.ofEntries(
                Map.entry(Flag.ATTACHMENT_TOO_LARGE, FlagAction.always(Action.REJECT)),
                Map.entry(Flag.EXECUTABLE_ATTACHMENT, FlagAction.always(Action.REJECT)),
                Map.entry(Flag.CREDENTIALS_OR_FINANCIAL, FlagAction.always(Action.QUARANTINE)),
                Map.entry(Flag.RECIPIENTS_EXPOSED, FlagAction.always(Action.REJECT)),
                Map.entry(Flag.PARENT_CONTACT_UNAPPROVED, FlagAction.always(Action.QUARANTINE)),
                Map.entry(Flag.PUPIL_CONTACT_UNAPPROVED, FlagAction.always(Action.QUARANTINE)),
                Map.entry(Flag.BULK_PERSONAL_DATA, new FlagAction(Action.DELIVER, Action.QUARANTINE)),
                Map.entry(Flag.PERSONAL_DATA, encryptExternal),
                Map.entry(Flag.SPECIAL_CATEGORY, encryptExternal),
                Map.entry(Flag.SENSITIVE_MARKING, encryptExternal),
                Map.entry(Flag.OFFENSIVE_LANGUAGE, FlagAction.always(Action.DELIVER)));
    }

    public FlagAction actionFor(Flag flag) {
        return actions.get(flag);
    }
}
