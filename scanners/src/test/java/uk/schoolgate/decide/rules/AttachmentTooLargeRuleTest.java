package uk.schoolgate.decide.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.schoolgate.decide.Facts;
import uk.schoolgate.extract.ExtractedPart;

class AttachmentTooLargeRuleTest {
    private final AttachmentTooLargeRule rule = new AttachmentTooLargeRule(2_097_152);

    @Test
    void exactlyTheLimitPasses() {
        assertThat(rule.evaluate(Facts.message().attachment("a.pdf", 2_097_152).build())).isEmpty();
    }

    @Test
    void oneByteOverIsTooLarge() {
        assertThat(rule.evaluate(Facts.message().attachment("a.pdf", 2_097_153).build()))
                .hasValueSatisfying(t -> assertThat(t.what()).isEqualTo("Your attachments total 2.1 MB; the school limit is 2 MB."));
    }

    @Test
    void attachmentsAddUp() {
        assertThat(rule.evaluate(Facts.message().attachment("a.pdf", 1_200_000).attachment("b.docx", 1_000_000).build()))
                .isPresent();
    }

    @Test
    void nestedItemsAndInlinePartsDoNotCountTwice() {
        var facts = Facts.message().attachment("pack.zip", 1_000_000)
                .part(new ExtractedPart("pack.zip/huge.txt", "text/plain", 50_000_000, 1, false, "", false, null, null))
                .part(new ExtractedPart("part 2 (image/png)", "image/png", 1_500_000, 0, false, "", false, null, null))
                .build();
        assertThat(rule.evaluate(facts)).isEmpty();
    }

    @Test
    void sizesAreShownAsPeopleSeeThem() {
        assertThat(AttachmentTooLargeRule.megabytes(3_250_585)).isEqualTo("3.1 MB");
        assertThat(AttachmentTooLargeRule.megabytes(2 * 1024 * 1024)).isEqualTo("2 MB");
    }
}
