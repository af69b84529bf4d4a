package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpPathTest {
    @Test
    void readsAddressAndParameters() throws Exception {
        SmtpPath p = SmtpPath.parse("FROM:<alice@school.example> SIZE=1000 body=8BITMIME", "FROM:");
        assertThat(p.address()).isEqualTo("alice@school.example");
        assertThat(p.parameters()).isEqualTo(Map.of("SIZE", "1000", "BODY", "8BITMIME"));
    }

    @Test
    void acceptsTheFormsRealClientsSend() throws Exception {
        assertThat(SmtpPath.parse("from: <a@b.example>", "FROM:").address()).isEqualTo("a@b.example");
        assertThat(SmtpPath.parse("TO:a@b.example", "TO:").address()).isEqualTo("a@b.example");
        assertThat(SmtpPath.parse("TO:<@relay.example:a@b.example>", "TO:").address()).isEqualTo("a@b.example");
        assertThat(SmtpPath.parse("FROM:<>", "FROM:").isNullPath()).isTrue();
        assertThat(SmtpPath.parse("TO:<scanner@school>", "TO:").address()).isEqualTo("scanner@school");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FROM:<a b@c.example>", "FROM:<a@b.example", "FROM:<a@b.example>x", "FROM:<ab.example>",
        "FROM:<a@b@c.example>", "FROM:<\u00e9@b.example>", "FROM:<a@b.example> SIZE==1", "FROM:<a@b.example> SI_ZE=1",
        "TO:<a@b.example>", "FROM:", "FROM:<\"a\"@b.example>"})
    void refusesWhatIsNotAnAddress(String argument) {
        assertThatThrownBy(() -> SmtpPath.parse(argument, "FROM:")).isInstanceOf(SmtpPath.SyntaxException.class);
    }

    @Test
    void syntaxRepliesNeverEchoTheInput() {
        assertThatThrownBy(() -> SmtpPath.parse("FROM:<evil\u0007@x>", "FROM:"))
                .isInstanceOfSatisfying(SmtpPath.SyntaxException.class, e -> assertThat(e.reply).doesNotContain("evil"));
    }
}
