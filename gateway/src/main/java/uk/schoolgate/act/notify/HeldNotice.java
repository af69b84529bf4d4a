package uk.schoolgate.act.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.schoolgate.act.deliver.HeaderText;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.decide.Verdict;

/**
 * The words of the email that tells a member of staff their message is held: its subject line,
 * why (the verdict's own plain-English reasons), who reviews it, and what to do next. It quotes
 * nothing from the message body and names no recipient (only how many there were), so it carries
 * no personal data beyond what the sender wrote in the subject.
 */
final class HeldNotice {
    /** The policy engine's wording for ENCRYPT; the gateway holds such mail until it can encrypt. */
    static final String WILL_BE_ENCRYPTED = "It will be sent encrypted to recipients outside the school.";
    private static final int MAX_SUBJECT = 200;

    private HeldNotice() {
    }

    /** The notice's own Subject header. */
    static String subject(String originalSubject) {
        String s = quotedSubject(originalSubject);
        return s.isEmpty() ? "Your email is held for review" : "Your email is held for review: " + s;
    }

    static String body(String schoolName, String officeContact, String originalSubject, Verdict verdict,
                       int recipientCount, String reference) {
        String reviewer = reviewer(verdict);
        StringBuilder sb = new StringBuilder();
        sb.append("Hello,\n\n");
        String subject = quotedSubject(originalSubject);
        sb.append("Your email ").append(subject.isEmpty() ? "with no subject" : "\"" + subject + "\"")
                .append(" (to ").append(recipientCount).append(recipientCount == 1 ? " recipient" : " recipients")
                .append(") has not been sent yet. It is held until ").append(reviewer).append(" has checked it.\n");
        if (verdict.action() == Action.ENCRYPT) {
            sb.append("\nIt contains personal data for someone outside the school, so it may only leave the school "
                    + "encrypted. The gateway cannot send encrypted email yet, so it is held instead.\n");
        }
        sb.append("\nWhy it is held\n\n");
        for (String reason : reasons(verdict)) {
            sb.append("- ").append(reason).append('\n');
        }
        sb.append("\nWho reviews it\n\n").append(whoReviews(verdict)).append('\n');
        sb.append("\nWhat to do next\n\n");
        sb.append("- You can simply wait. If ").append(reviewer).append(" releases it, it is sent; if not, "
                + "you will be told why.\n");
        if (isContactApproval(verdict)) {
            sb.append("- If it is urgent, ask a senior leader to approve it, or ask the school office to send it "
                    + "for you.\n");
        }
        if (isAboutData(verdict)) {
            sb.append("- If the personal data does not need to be in the email, remove it and send a new message. "
                    + "The held copy stays with ").append(reviewer).append(": tell them you have resent it, so "
                    + "they can reject the held copy.\n");
            sb.append("- To share a document with personal data, use SharePoint or Teams and give access only to "
                    + "the people who need it, instead of attaching it to an email.\n");
        }
        sb.append("\nIf you have a question, contact ").append(officeContact.isBlank() ? "the school office"
                : officeContact).append(" and give this reference: ").append(reference).append('\n');
        sb.append("\nThis is an automatic message from the ").append(schoolName.isBlank() ? "school"
                : schoolName).append(" email gateway. Replies to it are not read.\n");
        return sb.toString();
    }

    /**
     * The reasons that made it held: those of flags that stop or change the message, and the
     * verdict's reasons that belong to no flag (unreadable attachments). A flag that lets mail
     * through unchanged is not a reason for the hold.
     */
    static List<String> reasons(Verdict verdict) {
        Set<String> flagReasons = new LinkedHashSet<>();
        Set<String> out = new LinkedHashSet<>();
        for (RaisedFlag f : verdict.flags()) {
            flagReasons.add(f.reason());
            if (f.action() != Action.DELIVER) {
                out.add(adjust(f.reason()));
            }
        }
        for (String r : verdict.reasons()) {
            if (!flagReasons.contains(r)) {
                out.add(adjust(r));
            }
        }
        if (out.isEmpty()) {
            out.add("It needs checking under the school's email policy.");
        }
        return new ArrayList<>(out);
    }

    private static String adjust(String reason) {
        return HeaderText.clean(reason.replace(WILL_BE_ENCRYPTED, "").strip());
    }

    static String reviewer(Verdict verdict) {
        List<String> who = new ArrayList<>();
        if (needsDpo(verdict)) {
            who.add("the data protection officer");
        }
        if (isContactApproval(verdict)) {
            who.add("a senior leader");
        }
        if (held(verdict, Flag.OFFENSIVE_LANGUAGE)) {
            who.add("the designated safeguarding lead");
        }
        if (who.isEmpty()) {
            who.add("the data protection officer");
        }
        return who.size() == 1 ? who.get(0) : String.join(", ", who.subList(0, who.size() - 1)) + " and "
                + who.get(who.size() - 1);
    }

    private static String whoReviews(Verdict verdict) {
        List<String> lines = new ArrayList<>();
        if (needsDpo(verdict) || !isContactApproval(verdict) && !held(verdict, Flag.OFFENSIVE_LANGUAGE)) {
            lines.add("The data protection officer checks email that may carry personal data, passwords or bank "
                    + "details before it leaves the school.");
        }
        if (isContactApproval(verdict)) {
            lines.add("A senior leader approves email to parents and pupils from staff who are not yet approved to "
                    + "contact them by email.");
        }
        if (held(verdict, Flag.OFFENSIVE_LANGUAGE)) {
            lines.add("The designated safeguarding lead reviews messages with language that may be offensive.");
        }
        return String.join("\n", lines);
    }

    private static boolean needsDpo(Verdict verdict) {
        if (verdict.action() == Action.ENCRYPT || !verdict.unreadable().isEmpty()) {
            return true;
        }
        return verdict.flags().stream().anyMatch(f -> f.action() == Action.QUARANTINE
                && f.flag() != Flag.PARENT_CONTACT_UNAPPROVED && f.flag() != Flag.PUPIL_CONTACT_UNAPPROVED
                && f.flag() != Flag.OFFENSIVE_LANGUAGE);
    }

    private static boolean isContactApproval(Verdict verdict) {
        return held(verdict, Flag.PARENT_CONTACT_UNAPPROVED) || held(verdict, Flag.PUPIL_CONTACT_UNAPPROVED);
    }

    private static boolean isAboutData(Verdict verdict) {
        return verdict.action() == Action.ENCRYPT || verdict.flags().stream().anyMatch(f -> f.action() != Action.DELIVER
                && switch (f.flag()) {
                    case CREDENTIALS_OR_FINANCIAL, BULK_PERSONAL_DATA, PERSONAL_DATA, SPECIAL_CATEGORY,
                         SENSITIVE_MARKING -> true;
                    default -> false;
                });
    }

    private static boolean held(Verdict verdict, Flag flag) {
        return verdict.flags().stream().anyMatch(f -> f.flag() == flag && f.action() == Action.QUARANTINE);
    }

    private static String quotedSubject(String subject) {
        String s = HeaderText.clean(subject).strip();
        return s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT - 1) + "…";
    }
}
