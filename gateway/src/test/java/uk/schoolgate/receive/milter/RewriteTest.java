package uk.schoolgate.receive.milter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewriteTest {
    private static List<HeaderField> fields(String... nameValue) {
        List<HeaderField> out = new java.util.ArrayList<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            out.add(new HeaderField(nameValue[i], nameValue[i + 1]));
        }
        return out;
    }

    @Test
    void anUnchangedMessageNeedsNothing() {
        List<HeaderField> headers = fields("From", " a@b.example", "Subject", " hi\n\tthere");
        byte[] body = "text\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] same = "From: a@b.example\r\nSubject: hi\r\n\tthere\r\n\r\ntext\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(Rewrite.between(headers, body, same).isEmpty()).isTrue();
    }

    @Test
    void changedFieldsAreReplacedByPositionAmongFieldsOfTheirName() {
        List<HeaderEdit> edits = Rewrite.edits(
                fields("Received", " one", "Content-Type", " text/plain", "Received", " two"),
                fields("Received", " one", "Content-Type", " multipart/mixed;\n boundary=x", "received", " 2"));
        assertThat(edits).containsExactly(
                new HeaderEdit.Change("Received", 2, " 2"),
                new HeaderEdit.Change("Content-Type", 1, " multipart/mixed;\n boundary=x"));
    }

    @Test
    void missingFieldsAreDeletedHighestFirstAndNewOnesAdded() {
        List<HeaderEdit> edits = Rewrite.edits(
                fields("X-A", " 1", "X-A", " 2", "X-A", " 3"),
                fields("X-A", " 1", "MIME-Version", " 1.0"));
        assertThat(edits).containsExactly(
                new HeaderEdit.Change("X-A", 3, ""),
                new HeaderEdit.Change("X-A", 2, ""),
                new HeaderEdit.Add("MIME-Version", " 1.0"));
    }

    @Test
    void theBodyStartsAfterTheFirstEmptyLineWhateverTheLineEndings() {
        assertThat(Rewrite.bodyStart("A: 1\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII))).isEqualTo(8);
        assertThat(Rewrite.bodyStart("A: 1\n\nbody".getBytes(StandardCharsets.US_ASCII))).isEqualTo(6);
        assertThat(Rewrite.bodyStart("A: 1\r\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(6);
        assertThat(Rewrite.bodyStart("\r\nbody".getBytes(StandardCharsets.US_ASCII))).isEqualTo(2);
    }

    @Test
    void aNewBodyIsSentWhole() {
        List<HeaderField> headers = fields("Subject", " s");
        Rewrite r = Rewrite.between(headers, "old\r\n".getBytes(StandardCharsets.US_ASCII),
                "Subject: s\r\n\r\nold\r\n-- \r\nsignature\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(r.headerEdits()).isEmpty();
        assertThat(new String(r.body().orElseThrow(), StandardCharsets.US_ASCII)).isEqualTo("old\r\n-- \r\nsignature\r\n");
    }
}
