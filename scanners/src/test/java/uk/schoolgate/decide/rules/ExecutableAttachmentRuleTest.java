package uk.schoolgate.decide.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.schoolgate.decide.Facts;
import uk.schoolgate.extract.ExtractedPart;

class ExecutableAttachmentRuleTest {
    private final ExecutableAttachmentRule rule = new ExecutableAttachmentRule();

    @Test
    void programInsideAnArchiveIsFound() {
        var facts = Facts.message().attachment("photos.zip", 10_000)
                .part(new ExtractedPart("photos.zip/invoice.pdf", "application/x-dosexec", 4096, 1, false, "", true,
                        "Windows program", null))
                .build();
        assertThat(rule.evaluate(facts)).hasValueSatisfying(t ->
                assertThat(t.what()).contains("'photos.zip/invoice.pdf' is a windows program"));
    }

    @Test
    void documentsAreNotPrograms() {
        assertThat(rule.evaluate(Facts.message().attachment("setup.exe", 100).build())).isEmpty();
    }
}
