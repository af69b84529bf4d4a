package uk.schoolgate.decide.rules;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;
import uk.schoolgate.parse.MailAddress;

/**
 * RECIPIENTS_EXPOSED: more than the allowed number of distinct external addresses are visible in
 * To and Cc, so parents would see each other's addresses. Bcc is invisible and does not count.
 */
public final class RecipientsExposedRule implements FlagRule {
    private final int maxVisibleExternal;

    public RecipientsExposedRule(int maxVisibleExternal) {
        this.maxVisibleExternal = maxVisibleExternal;
    }

    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        Set<String> visible = new LinkedHashSet<>();
        Stream.concat(facts.message().to().stream(), facts.message().cc().stream())
                .map(MailAddress::normalised)
                .filter(facts::isExternal)
                .forEach(visible::add);
        if (visible.size() <= maxVisibleExternal) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(Flag.RECIPIENTS_EXPOSED,
                visible.size() + " addresses outside the school are in To and Cc, so every recipient would see "
                        + "everyone else's email address.",
                "Put the recipients in Bcc (keep only your own address in To) and send it again."));
    }
}
