package uk.schoolgate.decide.rules;

import java.util.Optional;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;

/**
 * PARENT_CONTACT_UNAPPROVED: a recipient is a parent and the sender's parent_contact is not yes,
 * or the sender is not on the staff list (policies 000 s4.1.4, 001 s4.1.4). A parent who is also on
 * the staff list is a colleague (the directory already treats them so).
 */
public final class ParentContactRule implements FlagRule {
    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        long parents = facts.envelope().recipients().stream().filter(facts.directory()::isParent).count();
        if (parents == 0) {
            return Optional.empty();
        }
        Optional<StaffMember> sender = facts.sender();
        if (sender.map(StaffMember::parentContact).orElse(false)) {
            return Optional.empty();
        }
        String who = parents == 1 ? "One recipient is a parent" : parents + " recipients are parents";
        String why = sender.isPresent() ? "you are not approved to email parents"
                : "the sender is not on the school's staff list, so has no approval to email parents";
        return Optional.of(new Trigger(Flag.PARENT_CONTACT_UNAPPROVED, who + ", and " + why + ".",
                "You can also ask the school office to send it for you."));
    }
}
