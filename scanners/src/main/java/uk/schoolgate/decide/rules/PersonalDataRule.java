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
 * PERSONAL_DATA: any date of birth, home address, personal phone number, UPN, ULN, NHS number or
 * National Insurance number (policy 002 s4 "Security and encryption": personal information is sent
 * encrypted).
 */
public final class PersonalDataRule implements FlagRule {
    static final FindingType[] TYPES = {FindingType.DATE_OF_BIRTH, FindingType.POSTAL_ADDRESS,
        FindingType.PHONE_NUMBER, FindingType.UK_UPN, FindingType.UK_ULN, FindingType.UK_NHS_NUMBER,
        FindingType.UK_NINO};

    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        List<Finding> found = facts.findingsOf(TYPES);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(Flag.PERSONAL_DATA,
                "The message contains personal data (" + FindingWords.list(found) + ")" + FindingWords.where(found)
                        + "; school policy says personal data leaves the school only encrypted.",
                "If it does not need to be in the email, remove it and send again."));
    }
}
