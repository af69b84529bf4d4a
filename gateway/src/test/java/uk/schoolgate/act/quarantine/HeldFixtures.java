package uk.schoolgate.act.quarantine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.decide.UnreadableAttachment;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.pipeline.Envelope;

/** A held message and its verdict, as the pipeline would hand them to the store. */
final class HeldFixtures {
    static final Envelope ENVELOPE = new Envelope("ann.teacher@oakfield.sch.uk",
            List.of("parent.one@home.example", "office@oakfield.sch.uk"));

    private HeldFixtures() {
    }

    static byte[] raw(String subjectHeader) {
        return ("From: Ann Teacher <ann.teacher@oakfield.sch.uk>\r\n"
                + "To: parent.one@home.example\r\n"
                + "Subject: " + subjectHeader + "\r\n"
                + "Message-ID: <held-1@oakfield.sch.uk>\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "\r\n"
                + "Jo Bloggs, DOB 12/03/2015, lives at 1 High Street, EX1 2AB.\r\n"
                + "Café £5\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static Verdict verdict() {
        List<RaisedFlag> flags = List.of(
                new RaisedFlag(Flag.PARENT_CONTACT_UNAPPROVED, Action.QUARANTINE,
                        "One recipient is a parent, and you are not approved to email parents. It is held until a "
                                + "senior leader has checked it."),
                new RaisedFlag(Flag.PERSONAL_DATA, Action.ENCRYPT,
                        "The message contains personal data (a date of birth) in the body."),
                new RaisedFlag(Flag.OFFENSIVE_LANGUAGE, Action.DELIVER, "The message contains language that may be offensive."));
        List<Finding> findings = List.of(
                new Finding(FindingType.DATE_OF_BIRTH, Location.BODY, 15, 29, "DOB 1*/**/***5", 0.95, "JB-2015",
                        "dob-label", false),
                new Finding(FindingType.POSTAL_ADDRESS, Location.attachment("pack.zip/class list.xlsx"), 0, 20,
                        "1 H*** S*****", 0.6, null, "postcode+street", true));
        Map<String, Action> perRecipient = new LinkedHashMap<>();
        perRecipient.put("parent.one@home.example", Action.QUARANTINE);
        perRecipient.put("office@oakfield.sch.uk", Action.QUARANTINE);
        return new Verdict(Action.QUARANTINE, flags, findings,
                List.of(flags.get(0).reason(), flags.get(1).reason(), flags.get(2).reason(),
                        "The attachment 'x.zip' could not be checked: password-protected."),
                List.of(new UnreadableAttachment("x.zip", "password-protected")), perRecipient, List.of("a note"));
    }
}
