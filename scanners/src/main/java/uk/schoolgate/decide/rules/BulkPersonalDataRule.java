package uk.schoolgate.decide.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;

/**
 * BULK_PERSONAL_DATA: personal data about many distinct people (10 by default), such as a class
 * list with dates of birth or addresses, or a medical or SEN register. Personal data here is any
 * finding of the types that raise PERSONAL_DATA or SPECIAL_CATEGORY: a register naming twelve
 * pupils and their diagnoses is personal data about twelve people, and more sensitive than a list
 * of birthdays. A name alone is not. People are told apart by the finding's subject (a pupil, a
 * table row); a finding without one counts as its own person.
 */
public final class BulkPersonalDataRule implements FlagRule {
    private static final List<FindingType> COUNTED = List.of(FindingType.DATE_OF_BIRTH, FindingType.POSTAL_ADDRESS,
            FindingType.PHONE_NUMBER, FindingType.UK_UPN, FindingType.UK_ULN, FindingType.UK_NHS_NUMBER,
            FindingType.UK_NINO, FindingType.HEALTH, FindingType.SEN, FindingType.SAFEGUARDING);

    private final int threshold;

    public BulkPersonalDataRule(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        Set<String> people = new HashSet<>();
        for (Finding f : facts.findings()) {
            if (COUNTED.contains(f.type())) {
                people.add(f.subject() != null ? f.subject()
                        : f.location().label() + "@" + f.start() + ":" + f.type());
            }
        }
        if (people.size() < threshold) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(Flag.BULK_PERSONAL_DATA,
                "The message carries personal data about " + people.size() + " people (for example a class list "
                        + "with dates of birth or addresses).",
                "Share lists like this through the school's secure systems rather than by email."));
    }
}
