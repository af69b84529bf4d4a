package uk.schoolgate.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWindowTest {
    @Test
    void lineOfATableRow() {
        String text = "name\tdob\nAmelia Khan\t12/03/2015\nBo Lee\t01/02/2016";
        int at = text.indexOf("12/03");
        assertThat(TextWindow.line(text, at).of(text)).isEqualTo("Amelia Khan\t12/03/2015");
        assertThat(TextWindow.isTableRow("Amelia Khan\t12/03/2015")).isTrue();
        assertThat(TextWindow.isTableRow("a, b and c")).isFalse();
    }

    @Test
    void sentenceIgnoresAbbreviations() {
        String text = "Hello. Mrs. Khan said Amelia (D.O.B. 12.03.2015) has asthma. Thanks!";
        int at = text.indexOf("asthma");
        assertThat(TextWindow.sentence(text, at).of(text)).isEqualTo("Mrs. Khan said Amelia (D.O.B. 12.03.2015) has asthma.");
    }

    @Test
    void aNumberThenAFullStopEndsTheSentence() {
        String text = "Call him on 07700 900 318.\nJanet, Reception";
        assertThat(TextWindow.sentence(text, 5).of(text)).isEqualTo("Call him on 07700 900 318.");
    }

    @Test
    void crlfLineEndsAfterAFullStopEndTheSentence() {
        String text = "for our support programme.\r\nShe'd prefer a call on 07700 900 417.";
        int at = text.indexOf("07700");
        assertThat(TextWindow.sentence(text, at).of(text)).isEqualTo("She'd prefer a call on 07700 900 417.");
    }

    @Test
    void paragraphStopsAtBlankLines() {
        String text = "First para.\n\nSecond para line one\nline two.\n\nThird.";
        int at = text.indexOf("line two");
        assertThat(TextWindow.paragraph(text, at).of(text)).isEqualTo("Second para line one\nline two.");
    }

    @Test
    void aroundIsClipped() {
        assertThat(TextWindow.around("abcdef", 1, 2, 10)).isEqualTo(new TextWindow(0, 6));
    }
}
