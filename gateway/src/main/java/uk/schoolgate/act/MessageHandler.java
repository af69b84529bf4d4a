package uk.schoolgate.act;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.act.notify.SenderNotifier;
import uk.schoolgate.act.quarantine.HeldMessage;
import uk.schoolgate.act.quarantine.QuarantineStore;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.pipeline.Pipeline;
import uk.schoolgate.pipeline.PipelineResult;
import uk.schoolgate.receive.Reply;

/**
 * The part every door shares: runs the pipeline and carries out what does not depend on the
 * door — holding a message (durably, then telling the sender), refusing it with a reason a
 * teacher understands, or handing back the stamped message to deliver. Until the gateway can
 * encrypt, an ENCRYPT verdict is held instead: nothing personal leaves in clear. Any internal
 * error becomes "try again later", never a success.
 */
public final class MessageHandler {
    private static final Logger LOG = LoggerFactory.getLogger("uk.schoolgate.messages");
    private static final SecureRandom IDS = new SecureRandom();

    private final Pipeline pipeline;
    private final QuarantineStore quarantine;
    private final SenderNotifier notifier;

    public MessageHandler(Pipeline pipeline, QuarantineStore quarantine, SenderNotifier notifier) {
        this.pipeline = pipeline;
        this.quarantine = quarantine;
        this.notifier = notifier;
    }

    public Handled handle(Envelope envelope, byte[] raw) {
        String id = newId();
        long start = System.nanoTime();
        PipelineResult result;
        try {
            result = pipeline.process(raw, envelope);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.error("message id={} could not be checked ({})", id, e.getClass().getSimpleName());
            return new Handled(id, envelope, new Disposition.TryLater(Reply.tryAgainLater(
                    "The gateway could not check your message just now; your mail program will try again shortly. ["
                            + id + "]")), Optional.empty(), start, System.nanoTime());
        }
        long actStart = System.nanoTime();
        Verdict verdict = result.verdict();
        Disposition disposition;
        try {
            disposition = switch (verdict.action()) {
                case REJECT -> new Disposition.Refused(RejectReply.of(verdict));
                case QUARANTINE, ENCRYPT -> hold(id, envelope, raw, result);
                case DELIVER -> new Disposition.Deliver(result.outgoing().orElse(raw));
            };
        } catch (RuntimeException e) {
            LOG.error("message id={} could not be held ({})", id, e.getClass().getSimpleName());
            disposition = new Disposition.TryLater(Reply.tryAgainLater("The gateway could not finish handling your "
                    + "message; your mail program will try again shortly. [" + id + "]"));
        }
        return new Handled(id, envelope, disposition, Optional.of(result), start, actStart);
    }

    private Disposition hold(String id, Envelope envelope, byte[] raw, PipelineResult result) {
        Verdict verdict = result.verdict();
        HeldMessage held = quarantine.hold(envelope, raw, verdict);
        try {
            notifier.held(envelope, result.subject(), verdict, held);
        } catch (RuntimeException e) {
            // The message is safely held; a failed notice must not make the client resend it.
            LOG.warn("message id={} held as {} but the sender could not be told ({})", id, held.id(),
                    e.getClass().getSimpleName());
        }
        String why = verdict.action() == Action.ENCRYPT
                ? "it contains personal data and must be encrypted before it leaves the school"
                : firstSentence(verdict.reasons());
        return new Disposition.Held(held, Reply.held("Your message is held for review (" + why + "). You will get an "
                + "email explaining what happens next. [" + held.id() + "]"));
    }

    private static String firstSentence(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "school mail policy";
        }
        String r = reasons.get(0);
        int dot = r.indexOf(". ");
        return (dot > 0 ? r.substring(0, dot) : r).replaceAll("\\.$", "");
    }

    private static String newId() {
        byte[] b = new byte[6];
        IDS.nextBytes(b);
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format(Locale.ROOT, "%02x", x));
        }
        return sb.toString();
    }
}
