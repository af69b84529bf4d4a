package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {
    private final Keywords words = Keywords.of("pin", "date of birth", "nhs", "nhs number", "mum's", "'s number", "d.o.b");

    @Test
    void wholeWordsOnlyAnyCase() {
        assertThat(words.any("Your PIN is", 0, 11)).isTrue();
        assertThat(words.any("spinning top", 0, 12)).isFalse();
        assertThat(words.any("pinned", 0, 6)).isFalse();
        assertThat(words.any("NHS:", 0, 4)).isTrue();
    }

    @Test
    void spacesMatchAnyWhiteSpaceOrAHyphen() {
        assertThat(words.first("Date-of-birth", 0, 13)).isNotNull();
        assertThat(words.first("date of\nbirth", 0, 13)).isNotNull();
        assertThat(words.first("date  of birth", 0, 14)).isNotNull();
    }

    @Test
    void pluralsAndApostrophes() {
        assertThat(words.any("PINs", 0, 4)).isTrue();
        assertThat(words.any("Mum\u2019s phone", 0, 11)).isTrue();
        assertThat(words.first("Mrs Khan's number", 0, 17).phrase()).isEqualTo("'s number");
    }

    @Test
    void longestPhraseWinsAtAPosition() {
        assertThat(words.first("NHS number 123", 0, 14).phrase()).isEqualTo("nhs number");
        assertThat(words.last("D.O.B. 12/03", 0, 12).phrase()).isEqualTo("d.o.b");
    }

    @Test
    void hitsMustLieInsideTheWindow() {
        assertThat(words.first("the nhs number", 0, 6)).isNull();
        assertThat(words.first("the nhs number", 0, 7).phrase()).isEqualTo("nhs");
        assertThat(words.last("pin a pin b", 0, 11).start()).isEqualTo(6);
    }

    @Test
    void emptyListMatchesNothing() {
        assertThat(Keywords.none().any("anything", 0, 8)).isFalse();
        assertThat(Keywords.of(java.util.List.of("  ", "")).isEmpty()).isTrue();
    }
}
