package uk.schoolgate.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.schoolgate.config.PolicySettings;
import uk.schoolgate.decide.rules.AttachmentTooLargeRule;
import uk.schoolgate.decide.rules.BulkPersonalDataRule;
import uk.schoolgate.decide.rules.CredentialsOrFinancialRule;
import uk.schoolgate.decide.rules.ExecutableAttachmentRule;
import uk.schoolgate.decide.rules.OffensiveLanguageRule;
import uk.schoolgate.decide.rules.ParentContactRule;
import uk.schoolgate.decide.rules.PersonalDataRule;
import uk.schoolgate.decide.rules.PupilContactRule;
import uk.schoolgate.decide.rules.RecipientsExposedRule;
import uk.schoolgate.decide.rules.SensitiveMarkingRule;
import uk.schoolgate.decide.rules.SpecialCategoryRule;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.extract.ExtractedPart;

/**
 * Turns what was found into a verdict: each rule may raise its flag, each flag's action comes
 * from gateway.yaml (internal or external form), and the message's action is the most severe
 * (REJECT > QUARANTINE > ENCRYPT > DELIVER).
 */
public final class PolicyEngine {
    private final PolicySettings settings;
    private final List<FlagRule> rules;

    public PolicyEngine(PolicySettings settings) {
        this(settings, defaultRules(settings));
    }

    PolicyEngine(PolicySettings settings, List<FlagRule> rules) {
        this.settings = settings;
        this.rules = List.copyOf(rules);
    }

    /** One rule per flag of the contract, in the contract's order. */
    static List<FlagRule> defaultRules(PolicySettings settings) {
        return List.of(
                new AttachmentTooLargeRule(settings.attachmentLimitBytes()),
                new ExecutableAttachmentRule(),
                new CredentialsOrFinancialRule(),
                new RecipientsExposedRule(settings.maxVisibleExternalRecipients()),
                new ParentContactRule(),
                new PupilContactRule(),
                new BulkPersonalDataRule(settings.bulkPersonalDataThreshold()),
                new PersonalDataRule(),
                new SpecialCategoryRule(),
                new SensitiveMarkingRule(),
                new OffensiveLanguageRule());
    }

    /**
     * @param facts       the message, with only the enforced findings
     * @param allFindings every finding, report-only ones too, for the verdict
     * @param notes       technical notes from parsing and extraction
     */
    public Verdict decide(MessageFacts facts, List<Finding> allFindings, List<String> notes) {
        boolean external = facts.anyExternalRecipient();
        List<RaisedFlag> raised = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        for (FlagRule rule : rules) {
            Optional<Trigger> trigger = rule.evaluate(facts);
            trigger.ifPresent(t -> {
                triggers.add(t);
                Action action = settings.actionFor(t.flag()).forMessage(external);
                raised.add(new RaisedFlag(t.flag(), action, ReasonWriter.write(t, action)));
            });
        }
        raised.sort(Comparator.comparing(RaisedFlag::action).reversed().thenComparing(RaisedFlag::flag));

        Action action = Action.DELIVER;
        List<String> reasons = new ArrayList<>();
        for (RaisedFlag flag : raised) {
            action = Action.mostSevere(action, flag.action());
            reasons.add(flag.reason());
        }
        List<UnreadableAttachment> unreadable = unreadable(facts.parts());
        if (!unreadable.isEmpty()) {
            action = Action.mostSevere(action, settings.unreadableAttachmentAction());
            reasons.add(unreadableReason(unreadable));
        }
        return new Verdict(action, List.copyOf(raised), List.copyOf(allFindings), List.copyOf(reasons),
                unreadable, recipientActions(facts, triggers, action), List.copyOf(notes));
    }

    private static List<UnreadableAttachment> unreadable(List<ExtractedPart> parts) {
        List<UnreadableAttachment> out = new ArrayList<>();
        for (ExtractedPart part : parts) {
            if (part.unreadable() != null) {
                String reason = switch (part.unreadable().reason()) {
                    case PASSWORD_PROTECTED -> "password-protected";
                    case CORRUPT -> "damaged or not a readable file";
                    case LIMIT_EXCEEDED -> "too large or too deeply nested to read completely";
                    case TIMED_OUT -> "took too long to read";
                };
                out.add(new UnreadableAttachment(part.path(), reason));
            }
        }
        return List.copyOf(out);
    }

    private String unreadableReason(List<UnreadableAttachment> unreadable) {
        UnreadableAttachment first = unreadable.get(0);
        String more = unreadable.size() > 1 ? " (and " + (unreadable.size() - 1) + " more)" : "";
        String consequence = switch (settings.unreadableAttachmentAction()) {
            case DELIVER -> "";
            case ENCRYPT -> " It will be sent encrypted to recipients outside the school.";
            case QUARANTINE -> " It is held until the data protection officer has checked it.";
            case REJECT -> " It has not been sent.";
        };
        return "The attachment '" + first.path() + "'" + more + " could not be checked: " + first.reason() + "."
                + consequence;
    }

    /**
     * Inside the school a message may go plain while the external copy is encrypted: each
     * recipient gets the most severe action of the raised flags for its side. A held or refused
     * message is held or refused for everyone.
     */
    private Map<String, Action> recipientActions(MessageFacts facts, List<Trigger> triggers, Action messageAction) {
        Map<String, Action> out = new LinkedHashMap<>();
        for (String recipient : facts.envelope().recipients()) {
            Action action = messageAction;
            if (!(messageAction == Action.QUARANTINE || messageAction == Action.REJECT)) {
                boolean external = facts.isExternal(recipient);
                action = Action.DELIVER;
                for (Trigger t : triggers) {
                    action = Action.mostSevere(action, settings.actionFor(t.flag()).forMessage(external));
                }
            }
            out.put(recipient, action);
        }
        return out;
    }
}
