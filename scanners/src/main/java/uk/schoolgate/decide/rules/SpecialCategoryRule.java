package uk.schoolgate.decide.rules;

import java.util.List;
import java.util.Optional;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;

/**
 * SPECIAL_CATEGORY: health, SEN or safeguarding information about an identifiable person (policy
 * 003 "sensitive or confidential information"). The detectors only report these when the text ties
 * them to a person; a topic ("our SEN policy") is not a finding.
 */
public final class SpecialCategoryRule implements FlagRule {
    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        List<Finding> found = facts.findingsOf(FindingType.HEALTH, FindingType.SEN, FindingType.SAFEGUARDING);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(Flag.SPECIAL_CATEGORY,
                "The message contains " + FindingWords.list(found) + " about a named person" + FindingWords.where(found)
                        + "; this is sensitive information and leaves the school only encrypted.",
                "Check that every recipient needs to know this."));
    }
}
