package uk.schoolgate.decide.rules;

import java.util.Optional;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;
import uk.schoolgate.detect.FindingType;

/**
 * OFFENSIVE_LANGUAGE: profanity, slurs or abuse in what the sender wrote (policy 002 s3
 * "Monitoring", 000 s6.1.4). Delivered by default, and recorded for the designated safeguarding
 * lead. The detector already ignores quoted replies.
 */
public final class OffensiveLanguageRule implements FlagRule {
    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        if (facts.findingsOf(FindingType.OFFENSIVE_LANGUAGE).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(Flag.OFFENSIVE_LANGUAGE,
                "The message contains language that may be offensive; this has been recorded for the designated "
                        + "safeguarding lead, as the staff acceptable-use policy says.",
                "Please reword the message."));
    }
}
