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
 * CREDENTIALS_OR_FINANCIAL: a password, bank account or card number, whoever the recipients are
 * (policy 002 s4: "Never send bank account information, including passwords, by email").
 */
public final class CredentialsOrFinancialRule implements FlagRule {
    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        List<Finding> found = facts.findingsOf(FindingType.CREDENTIAL, FindingType.BANK_ACCOUNT, FindingType.PAYMENT_CARD);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(Flag.CREDENTIALS_OR_FINANCIAL,
                "The message contains " + FindingWords.list(found) + FindingWords.where(found)
                        + ". School policy says passwords and bank details are never sent by email.",
                "Share passwords in person or by phone, and bank details through the finance system."));
    }
}
