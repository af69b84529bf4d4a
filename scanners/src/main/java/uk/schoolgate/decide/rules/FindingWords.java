package uk.schoolgate.decide.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;

/** Finding types in the words a reason uses ("a date of birth and a home address"). */
final class FindingWords {
    private FindingWords() {
    }

    static String of(FindingType type) {
        return switch (type) {
            case PUPIL_NAME -> "a pupil's name";
            case DATE_OF_BIRTH -> "a date of birth";
            case POSTAL_ADDRESS -> "a home address";
            case PHONE_NUMBER -> "a personal phone number";
            case UK_UPN -> "a unique pupil number (UPN)";
            case UK_ULN -> "a unique learner number (ULN)";
            case UK_NHS_NUMBER -> "an NHS number";
            case UK_NINO -> "a National Insurance number";
            case HEALTH -> "health information";
            case SEN -> "special educational needs information";
            case SAFEGUARDING -> "safeguarding information";
            case CREDENTIAL -> "a password or PIN";
            case BANK_ACCOUNT -> "bank account details";
            case PAYMENT_CARD -> "a payment card number";
            case OFFENSIVE_LANGUAGE -> "offensive language";
        };
    }

    /** "a date of birth, a home address and an NHS number", in the order first found. */
    static String list(List<Finding> findings) {
        Set<FindingType> types = new LinkedHashSet<>();
        findings.forEach(f -> types.add(f.type()));
        List<String> words = new ArrayList<>();
        types.forEach(t -> words.add(of(t)));
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** Where: "in the subject", "in the attachment 'x.xlsx'", "in the message". */
    static String where(List<Finding> findings) {
        Set<String> places = new LinkedHashSet<>();
        findings.forEach(f -> places.add(f.location().label()));
        if (places.size() == 1) {
            String place = places.iterator().next();
            return switch (place) {
                case "subject" -> " in the subject";
                case "body" -> "";
                default -> " in the attachment '" + place + "'";
            };
        }
        return "";
    }
}
