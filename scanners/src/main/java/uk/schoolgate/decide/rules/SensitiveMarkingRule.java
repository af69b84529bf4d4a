package uk.schoolgate.decide.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;

/**
 * SENSITIVE_MARKING: the subject carries the marking SENSITIVE or HIGHLY SENSITIVE (policy 003:
 * "marked using the terminology SENSITIVE/HIGHLY SENSITIVE"). A marking is the word in capitals
 * anywhere in the subject, or in any case when it is set out as a label: in brackets
 * ("[Sensitive]"), or at the start followed by ':' or '-' ("Sensitive: Tom's EHCP"). The word in
 * ordinary prose ("Tips for sensitive conversations") is not a marking.
 */
public final class SensitiveMarkingRule implements FlagRule {
    private static final Pattern UPPER = Pattern.compile("(?<![\\p{L}\\p{N}])(?:HIGHLY[\\s-]+)?SENSITIVE(?![\\p{L}\\p{N}])");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:[\\[(<{]\\s*(?:highly[\\s-]+)?sensitive\\s*[\\])>}]"
                    + "|^(?:\\s*(?:re|fw|fwd|aw|sv|tr)\\s*:)*\\s*(?:highly[\\s-]+)?sensitive\\s*[:\\-–—|])");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\bnot\\s+(?:highly\\s+)?sensitive\\b");

    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        if (!isMarked(facts.message().subject())) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(Flag.SENSITIVE_MARKING,
                "The subject is marked SENSITIVE, so the message leaves the school only encrypted (staff "
                        + "acceptable-use policy).", ""));
    }

    static boolean isMarked(String subject) {
        if (subject == null || subject.isBlank()) {
            return false;
        }
        String s = NEGATED.matcher(subject).replaceAll(" ");
        return UPPER.matcher(s).find() || LABEL.matcher(s).find();
    }
}
