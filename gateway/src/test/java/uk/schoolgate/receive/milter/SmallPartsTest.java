package uk.schoolgate.receive.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.schoolgate.receive.Reply;

/** The small pieces: addresses, reply lines, the log filter. */
class SmallPartsTest {
    @Test
    void addressesComeWithoutBracketsParametersOrSourceRoutes() {
        assertThat(MailPath.address(List.of("<a@b.example>", "SIZE=10"))).isEqualTo("a@b.example");
        assertThat(MailPath.address(List.of("<>"))).isEmpty();
        assertThat(MailPath.address(List.of("<@relay.example:a@b.example>"))).isEqualTo("a@b.example");
        assertThat(MailPath.address(List.of("a@b.example"))).isEqualTo("a@b.example");
        assertThat(MailPath.address(List.of())).isEmpty();
    }

    @Test
    void onlyRefusalsBecomeReplyLinesWithAMatchingStatus() {
        assertThat(ReplyLine.of(Reply.accepted("ok"))).isEmpty();
        assertThat(ReplyLine.of(new Reply(550, "4.7.1", "mismatched"))).hasValue("550 5.0.0 mismatched");
        assertThat(ReplyLine.of(new Reply(451, "4.3.0", ""))).hasValue("451 4.3.0 Message not accepted");
        assertThat(ReplyLine.of(new Reply(550, "5.7.1", "Caf\u00e9 \u00a35\u2026 50%"))).hasValue("550 5.7.1 Cafe GBP 5... 50%%");
    }

    @Test
    void jmiltersPacketDumpsLoseTheirContentOnTheWayToTheLog() {
        String line = "[abc] unable to process milter packet: MilterPacket{command=0x4c 'L', payload=5375626a65637400}";
        assertThat(JmilterLog.clean(line)).isEqualTo(
                "[abc] unable to process milter packet: MilterPacket{command=0x4c 'L', payload=<8 bytes>}");
    }

    @Test
    void headerFieldsGoBackWithCrlfAndKeepTheirSpacing() {
        HeaderField f = new HeaderField("Subject", " one\r\n\ttwo");
        assertThat(f.value()).isEqualTo(" one\n\ttwo");
        assertThat(new String(f.wire(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Subject: one\r\n\ttwo\r\n");
    }
}
