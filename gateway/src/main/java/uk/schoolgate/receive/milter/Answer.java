package uk.schoolgate.receive.milter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nightcode.milter.codec.MilterPacket;
import uk.schoolgate.act.Disposition;
import uk.schoolgate.act.Handled;
import uk.schoolgate.receive.Reply;

/**
 * The milter's answer at the end of a message, from what the gateway decided:
 * <ul>
 * <li>deliver: the header and body changes that make the MTA's copy the stamped message, then
 *     accept;</li>
 * <li>held: discard. The message is already durably in the gateway's quarantine and the sender
 *     has been told; the MTA must not deliver it, nor keep a second copy;</li>
 * <li>refused: the relay's reply (code, enhanced status, reason) for the MTA to give its client;</li>
 * <li>try later: the relay's 4xx reply, or a bare tempfail when there is none to pass on.</li>
 * </ul>
 *
 * @param packets what to send, the final verdict last
 * @param outcome for the message log line
 * @param reply   what the client is told (for the log line's reply code)
 */
record Answer(List<MilterPacket> packets, String outcome, Reply reply) {
    Answer {
        packets = List.copyOf(packets);
    }

    static Answer to(Handled handled, IncomingMessage message, boolean leadingSpace) {
        Disposition d = handled.disposition();
        if (d instanceof Disposition.Deliver deliver) {
            Rewrite rewrite = Rewrite.between(message.headers(), message.body(), deliver.message());
            List<MilterPacket> packets = new ArrayList<>();
            for (HeaderEdit edit : rewrite.headerEdits()) {
                packets.add(Packets.header(edit, leadingSpace));
            }
            rewrite.body().ifPresent(body -> packets.addAll(Packets.body(body)));
            packets.add(Packets.ACCEPT);
            return new Answer(packets, rewrite.isEmpty() ? "accepted" : "accepted:stamped",
                    Reply.accepted("Checked; the MTA delivers it. [" + handled.id() + "]"));
        }
        if (d instanceof Disposition.Held held) {
            return new Answer(List.of(Packets.DISCARD), "held:" + held.held().id(), held.reply());
        }
        if (d instanceof Disposition.Refused refused) {
            return refusal(refused.reply(), "rejected");
        }
        return refusal(((Disposition.TryLater) d).reply(), "tempfail");
    }

    /** A refusal or deferral with the gateway's words; a bare tempfail if the reply is not one. */
    static Answer refusal(Reply reply, String outcome) {
        Optional<String> line = ReplyLine.of(reply);
        if (line.isEmpty()) {
            return tempfail(outcome);
        }
        return new Answer(List.of(Packets.reply(line.get())), outcome, reply);
    }

    /** "Try again later" in the MTA's own words (Postfix: 451 4.7.1 Service unavailable). */
    static Answer tempfail(String outcome) {
        return new Answer(List.of(Packets.TEMPFAIL), outcome, Reply.tryAgainLater("Service unavailable"));
    }
}
