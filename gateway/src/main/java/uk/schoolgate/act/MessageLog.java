package uk.schoolgate.act;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.pipeline.StageTimings;
import uk.schoolgate.receive.Reply;

/**
 * The one log line per message, whichever door it came by: id, door, sender, recipient count,
 * action, flags, outcome and timings. Never content, subjects or recipients' addresses.
 */
public final class MessageLog {
    private static final Logger LOG = LoggerFactory.getLogger("uk.schoolgate.messages");

    private MessageLog() {
    }

    public static void write(String door, Handled handled, String outcome, Reply reply) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long now = System.nanoTime();
        if (handled.result().isEmpty()) {
            LOG.info("message id={} door={} sender={} rcpts={} action=NONE outcome={} reply={} total_ms={}",
                    handled.id(), door, handled.envelope().sender(), handled.envelope().recipients().size(), outcome,
                    reply.code(), ms(now - handled.startNanos()));
            return;
        }
        var verdict = handled.result().get().verdict();
        List<String> flags = new ArrayList<>();
        for (RaisedFlag f : verdict.flags()) {
            flags.add(f.flag().name());
        }
        StageTimings t = handled.result().get().timings();
        LOG.info("message id={} door={} sender={} rcpts={} action={} flags={} outcome={} reply={} parse_ms={} "
                        + "extract_ms={} detect_ms={} decide_ms={} stamp_ms={} act_ms={} total_ms={}",
                handled.id(), door, handled.envelope().sender(), handled.envelope().recipients().size(),
                verdict.action(), flags, outcome, reply.code(), ms(t.parseNanos()), ms(t.extractNanos()),
                ms(t.detectNanos()), ms(t.decideNanos()), ms(t.stampNanos()), ms(now - handled.actStartNanos()),
                ms(now - handled.startNanos()));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
