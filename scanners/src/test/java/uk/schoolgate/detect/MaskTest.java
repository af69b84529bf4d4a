package uk.schoolgate.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskTest {
    @Test
    void keepsTheShapeNotTheData() {
        assertThat(Mask.excerpt("12/03/2015")).isEqualTo("1*/0*/20**");
        assertThat(Mask.excerpt("Amelia Khan")).isEqualTo("Am**** Kh**");
        assertThat(Mask.excerpt("AB 12 34 56 C")).isEqualTo("A* 1* 3* 5* *");
    }

    @Test
    void loneCharactersAreMaskedToo() {
        assertThat(Mask.excerpt("0-7-4-4-1-9")).isEqualTo("*-*-*-*-*-*");
    }

    @Test
    void whitespaceIsFlattenedAndLongExcerptsCut() {
        assertThat(Mask.excerpt("12 Acacia\n  Avenue")).isEqualTo("1* Ac**** Av****");
        assertThat(Mask.excerpt("word ".repeat(40))).hasSizeLessThanOrEqualTo(61).endsWith("…");
    }
}
