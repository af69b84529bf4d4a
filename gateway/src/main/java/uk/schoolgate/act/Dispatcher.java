package uk.schoolgate.act;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.act.deliver.DeliveryResult;
import uk.schoolgate.act.deliver.Upstream;
import uk.schoolgate.act.notify.SenderNotifier;
import uk.schoolgate.act.quarantine.HeldMessage;
import uk.schoolgate.act.quarantine.QuarantineStore;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.pipeline.Pipeline;
import uk.schoolgate.pipeline.PipelineResult;
import uk.schoolgate.receive.MessageIntake;
import uk.schoolgate.receive.Reply;

/**
 * Carries out the pipeline's verdict while the client waits (before-queue): delivers and answers
 * 250 only once the upstream accepted; holds durably and then answers 250; refuses with a 5xx
 * and the reason; and answers 451 on any internal error, so that a message is never lost.
 * Until the gateway can encrypt, an ENCRYPT verdict is held instead: nothing personal leaves in
 * clear.
 */
public final class Dispatcher implements MessageIntake {
    private static final Logger LOG = LoggerFactory.getLogger("uk.schoolgate.messages");
    private static final SecureRandom IDS = new SecureRandom();

    private final Pipeline pipeline;
    private final Upstream upstream;
    private final QuarantineStore quarantine;
    private final SenderNotifier notifier;

    public Dispatcher(Pipeline pipeline, Upstream upstream, QuarantineStore quarantine, SenderNotifier notifier) {
        this.pipeline = pipeline;
        this.upstream = upstream;
        this.quarantine = quarantine;
        this.notifier = notifier;
    }

    @Override
    public Reply accept(Envelope envelope, byte[] raw) {
        String id = newId();
        long start = System.nanoTime();
        PipelineResult result;
        try {
            result = pipeline.process(raw, envelope);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.error("message id={} sender={} rcpts={} action=TEMPFAIL error={}", id, envelope.sender(),
                    envelope.recipients().size(), e.getClass().getSimpleName());
            return Reply.tryAgainLater("The gateway could not check your message just now; your mail program will "
                    + "try again shortly. [" + id + "]");
        }
        Verdict verdict = result.verdict();
        long actStart = System.nanoTime();
        Reply reply;
        String outcome;
        try {
            switch (verdict.action()) {
                case REJECT -> {
                    reply = RejectReply.of(verdict);
                    outcome = "rejected";
                }
                case QUARANTINE, ENCRYPT -> {
                    HeldMessage held = quarantine.hold(envelope, raw, verdict);
                    reply = heldReply(id, envelope, verdict, result, held);
                    outcome = "held:" + held.id();
                }
                case DELIVER -> {
                    DeliveryResult delivered = upstream.deliver(envelope.sender(), envelope.recipients(),
                            result.outgoing().orElse(raw));
                    reply = deliveryReply(id, delivered);
                    outcome = delivered.status().name().toLowerCase(Locale.ROOT);
                }
                default -> throw new IllegalStateException("unknown action " + verdict.action());
            }
        } catch (RuntimeException e) {
            reply = Reply.tryAgainLater("The gateway could not finish handling your message; your mail program will "
                    + "try again shortly. [" + id + "]");
            outcome = "error " + e.getClass().getSimpleName();
        }
        logLine(id, envelope, verdict, result, outcome, reply, start, actStart);
        return reply;
    }

    private Reply heldReply(String id, Envelope envelope, Verdict verdict, PipelineResult result, HeldMessage held) {
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
        return Reply.held("Your message is held for review (" + why + "). You will get an email explaining what "
                + "happens next. [" + held.id() + "]");
    }

    private static Reply deliveryReply(String id, DeliveryResult delivered) {
        return switch (delivered.status()) {
            case ACCEPTED -> Reply.accepted("Sent. [" + id + "]");
            case TEMPORARY_FAILURE -> new Reply(451, "4.4.1", "The school's mail server could not be reached just "
                    + "now; your mail program will try again shortly. [" + id + "]");
            case PERMANENT_FAILURE -> new Reply(delivered.code(), delivered.enhancedStatus(),
                    "The school's mail server refused the message: " + delivered.text());
        };
    }

    private static String firstSentence(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "school mail policy";
        }
        String r = reasons.get(0);
        int dot = r.indexOf(". ");
        return (dot > 0 ? r.substring(0, dot) : r).replaceAll("\\.$", "");
    }

    private static void logLine(String id, Envelope envelope, Verdict verdict, PipelineResult result, String outcome,
                                Reply reply, long start, long actStart) {
        List<String> flags = new ArrayList<>();
        for (RaisedFlag f : verdict.flags()) {
            flags.add(f.flag().name());
        }
        var t = result.timings();
        LOG.info("message id={} sender={} rcpts={} action={} flags={} outcome={} reply={} parse_ms={} extract_ms={} "
                        + "detect_ms={} decide_ms={} stamp_ms={} act_ms={} total_ms={}",
                id, envelope.sender(), envelope.recipients().size(), verdict.action(), flags, outcome, reply.code(),
                ms(t.parseNanos()), ms(t.extractNanos()), ms(t.detectNanos()), ms(t.decideNanos()), ms(t.stampNanos()),
                ms(System.nanoTime() - actStart), ms(System.nanoTime() - start));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
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
