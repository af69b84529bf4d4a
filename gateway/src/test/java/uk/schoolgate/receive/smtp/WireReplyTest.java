package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.schoolgate.receive.Reply;

class WireReplyTest {
    @Test
    void passesAGoodReplyThrough() {
        assertThat(WireReply.of(new Reply(552, "5.3.4", "Your attachments total 3.1 MB; the limit is 2 MB.")))
                .isEqualTo("552 5.3.4 Your attachments total 3.1 MB; the limit is 2 MB.");
    }

    @Test
    void mendsAnEnhancedCodeOfTheWrongClass() {
        assertThat(WireReply.of(new Reply(250, "5.7.1", "odd"))).isEqualTo("250 2.0.0 odd");
        assertThat(WireReply.of(new Reply(451, "nonsense", "odd"))).isEqualTo("451 4.0.0 odd");
    }

    @Test
    void aNonFinalCodeOrNoReplyIsAnInternalError() {
        assertThat(WireReply.of(new Reply(354, "2.0.0", "go on"))).startsWith("451 4.3.0 ");
        assertThat(WireReply.of(null)).startsWith("451 4.3.0 ");
    }

    @Test
    void textIsOneLineOfAscii() {
        String line = WireReply.of(new Reply(550, "5.7.1", "Held \u2018because\u2019 \u00a32 \u2013 caf\u00e9\u0000\u4e2d"));
        assertThat(line).isEqualTo("550 5.7.1 Held 'because' GBP 2 - cafe??");
        assertThat(WireReply.of(new Reply(250, "2.0.0", "x".repeat(2000)))).hasSizeLessThan(420);
    }
}
