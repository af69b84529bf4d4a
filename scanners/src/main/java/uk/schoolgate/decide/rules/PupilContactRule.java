package uk.schoolgate.decide.rules;

import java.util.Optional;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;

/**
 * PUPIL_CONTACT_UNAPPROVED: a recipient is a pupil's address and the sender's pupil_contact is not
 * yes (policy 000 s4.2: direct contact with pupils needs the headteacher's approval).
 */
public final class PupilContactRule implements FlagRule {
    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        long pupils = facts.envelope().recipients().stream().filter(facts.directory()::isPupil).count();
        if (pupils == 0) {
            return Optional.empty();
        }
        Optional<StaffMember> sender = facts.sender();
        if (sender.map(StaffMember::pupilContact).orElse(false)) {
            return Optional.empty();
        }
        String who = pupils == 1 ? "One recipient is a pupil" : pupils + " recipients are pupils";
        String why = sender.isPresent() ? "you are not approved to email pupils directly"
                : "the sender is not on the school's staff list, so has no approval to email pupils";
        return Optional.of(new Trigger(Flag.PUPIL_CONTACT_UNAPPROVED, who + ", and " + why + ".",
                "Use the school's learning platform to contact pupils, or ask the headteacher for approval."));
    }
}
