package uk.schoolgate.decide;

/**
 * Completes a rule's sentence with what happens to the message, for the configured action, so
 * that the sender is told plainly whether the mail went and what to do next.
 */
final class ReasonWriter {
    private ReasonWriter() {
    }

    static String write(Trigger trigger, Action action) {
        String consequence = switch (action) {
            case DELIVER -> "";
            case ENCRYPT -> "It will be sent encrypted to recipients outside the school.";
            case QUARANTINE -> "It is held until " + reviewer(trigger.flag()) + " has checked it.";
            case REJECT -> "It has not been sent.";
        };
        StringBuilder sb = new StringBuilder(trigger.what());
        append(sb, consequence);
        if (action == Action.REJECT || action == Action.QUARANTINE) {
            append(sb, trigger.advice());
        }
        return sb.toString();
    }

    private static String reviewer(Flag flag) {
        return switch (flag) {
            case PARENT_CONTACT_UNAPPROVED, PUPIL_CONTACT_UNAPPROVED -> "a senior leader";
            case OFFENSIVE_LANGUAGE -> "the designated safeguarding lead";
            default -> "the data protection officer";
        };
    }

    private static void append(StringBuilder sb, String sentence) {
        if (sentence != null && !sentence.isBlank()) {
            sb.append(' ').append(sentence);
        }
    }
}
