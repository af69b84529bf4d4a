package uk.schoolgate.receive.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SenderHeadersTest {
    private static final String ME = "alice@school.example";

    private static boolean mine(String headers) {
        return SenderHeaders.refusal((headers + "\r\n\r\nbody\r\n").getBytes(StandardCharsets.UTF_8), ME).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"From: alice@school.example", "From: Alice Smith <Alice@School.Example>",
        "From: =?UTF-8?Q?Alice_S=C3=B8rensen?= <alice@school.example>", "From: \"Head\r\n of Year\" <alice@school.example>",
        "From: alice@school.example\r\nSender: alice@school.example"})
    void acceptsTheirOwnAddress(String headers) {
        assertThat(mine(headers)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"From: bob@school.example", "From: \"alice@school.example\" <bob@school.example>",
        "From: alice@school.example, bob@school.example", "From: alice@school.example\r\nFrom: bob@school.example",
        "From: alice@school.example\r\nSender: bob@school.example", "To: x@y.example", "From: staff: bob@school.example;",
        "From: undisclosed:;", "From: <<<"})
    void refusesAnyOtherOrNone(String headers) {
        assertThat(mine(headers)).isFalse();
    }
}
