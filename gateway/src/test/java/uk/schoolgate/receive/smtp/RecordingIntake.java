package uk.schoolgate.receive.smtp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.receive.MessageIntake;
import uk.schoolgate.receive.Reply;

/** A MessageIntake that keeps what it was given and answers as the test says (250 by default). */
final class RecordingIntake implements MessageIntake {
    record Taken(Envelope envelope, byte[] raw) {
        String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }
    }

    final List<Taken> taken = new CopyOnWriteArrayList<>();
    private volatile BiFunction<Envelope, byte[], Reply> answer = (e, raw) -> Reply.accepted("Delivered");

    RecordingIntake answering(BiFunction<Envelope, byte[], Reply> answer) {
        this.answer = answer;
        return this;
    }

    RecordingIntake answering(Reply reply) {
        return answering((e, raw) -> reply);
    }

    @Override
    public Reply accept(Envelope envelope, byte[] raw) {
        taken.add(new Taken(envelope, raw));
        return answer.apply(envelope, raw);
    }

    Taken only() {
        if (taken.size() != 1) {
            throw new AssertionError("expected exactly one message, got " + taken.size());
        }
        return taken.get(0);
    }
}
