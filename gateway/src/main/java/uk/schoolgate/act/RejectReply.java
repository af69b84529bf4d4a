package uk.schoolgate.act;

import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.receive.Reply;

/**
 * The SMTP refusal for a REJECT verdict, with an RFC 3463 code that fits the reason, and the
 * plain-English reason of the flag that decided it, e.g. "552 5.3.4 Your attachments total
 * 3.1 MB; the school limit is 2 MB. It has not been sent. Share large files through SharePoint
 * or Teams instead, and send the link."
 */
final class RejectReply {
    /** SMTP servers and clients cut long replies; keep the whole reason readable. */
    private static final int MAX_TEXT = 480;

    private RejectReply() {
    }

    static Reply of(Verdict verdict) {
        RaisedFlag deciding = verdict.flags().stream().filter(f -> f.action() == Action.REJECT).findFirst()
                .orElse(null);
        if (deciding == null) {
            String reason = verdict.reasons().isEmpty() ? "The message was refused by the school's mail policy."
                    : verdict.reasons().get(0);
            return new Reply(550, "5.7.1", clip(reason));
        }
        return new Reply(code(deciding.flag()), status(deciding.flag()), clip(deciding.reason()));
    }

    private static int code(Flag flag) {
        return flag == Flag.ATTACHMENT_TOO_LARGE ? 552 : 550;
    }

    private static String status(Flag flag) {
        return switch (flag) {
            case ATTACHMENT_TOO_LARGE -> "5.3.4";      // message too big for system
            case EXECUTABLE_ATTACHMENT -> "5.7.1";     // delivery not authorized, message refused
            case RECIPIENTS_EXPOSED -> "5.7.1";
            default -> "5.7.1";
        };
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
