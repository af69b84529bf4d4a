package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.config.ConfigException;

class PhraseAutomatonTest {
    private static PhraseAutomaton automaton(String lexicon, String wordChars) {
        return new PhraseAutomaton(LexiconLoader.parse("test.txt", "test", lexicon).terms(), wordChars);
    }

    private static List<String> found(PhraseAutomaton a, String text) {
        return a.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    private final PhraseAutomaton health = automaton("""
            self-harm
            type 1 diabetes
            diabetes
            children's social care
            SEN
            1:1 support
            coeliac
            strasse
            !diabetes awareness
            """, "");

    @ParameterizedTest
    @ValueSource(strings = {"self-harm", "self harm", "Self  Harm", "self\nharm", "SELF-HARM", "self‐harm"})
    void hyphensSpacesAndLineBreaksAreOneSpace(String text) {
        assertThat(found(health, "She has been " + text + "ing? no: " + text + ".")).containsExactly(text);
    }

    @Test
    void tabBreaksAPhrase() {
        assertThat(found(health, "self\tharm")).isEmpty();
    }

    @Test
    void apostrophesAndAccentsAreIgnored() {
        assertThat(found(health, "a referral to childrens social care")).containsExactly("childrens social care");
        assertThat(found(health, "a referral to children’s social care")).containsExactly("children’s social care");
        assertThat(found(health, "Cœliac? yes, cöeliac")).containsExactly("Cœliac", "cöeliac");
        assertThat(found(health, "Straße")).containsExactly("Straße");
    }

    @Test
    void longestTermWinsAndOffsetsSurviveCollapsedSpace() {
        String text = "He has type   1\n diabetes.";
        assertThat(found(health, text)).containsExactly("type   1\n diabetes");
    }

    @Test
    void wholeWordsOnly() {
        assertThat(found(health, "prediabetesx diabetesmellitus nondiabetes")).isEmpty();
        assertThat(found(health, "SENCo SENT SENSE")).isEmpty();
        assertThat(found(health, "(diabetes)")).containsExactly("diabetes");
    }

    @Test
    void capitalTermsMatchOnlyInCapitals() {
        assertThat(found(health, "SEN; Sen; sen")).containsExactly("SEN");
    }

    @Test
    void exclusionsCancelOverlappingTerms() {
        assertThat(found(health, "Diabetes awareness day, then diabetes.")).containsExactly("diabetes");
    }

    @Test
    void punctuationInsideTerms() {
        assertThat(found(health, "needs 1:1 support daily; 1 1 support")).containsExactly("1:1 support");
    }

    @Test
    void starIsPartOfAWordForTheOffensiveLexicon() {
        PhraseAutomaton offensive = automaton("f***\nf****ing\n", "*");
        assertThat(found(offensive, "what the f***! f****ing hell, f*****")).containsExactly("f***", "f****ing");
    }

    @Test
    void unrepresentableCharacterIsRefusedWithItsLine() {
        assertThatThrownBy(() -> LexiconLoader.parse("bad.txt", "bad.txt", "ok\nsmile ☺\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("line 2");
    }

    @Test
    void noAllocationPathReturnsSharedEmptyList() {
        assertThat(health.find("nothing to see here")).isEmpty();
    }
}
