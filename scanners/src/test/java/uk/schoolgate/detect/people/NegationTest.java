package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationTest {
    private final Negation negation = Negation.read(PeopleFixture.settings(""),
            Words.foldAll(CategorySettings.NEGATIVE_VALUES));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Amelia has no known allergies.                          | allergies | true
            She does not have an EHCP.                              | EHCP      | true
            He doesn't have asthma.                                 | asthma    | true
            She has never been diagnosed with autism.               | autism    | true
            No asthma, epilepsy or diabetes.                        | diabetes  | true
            She is not on the SEN register.                         | SEN       | true
            EHCP: No                                                | EHCP      | true
            Allergies - none known.                                 | Allergies | true
            She no longer has a CP plan.                            | CP plan   | false
            She has no lunch today because of her nut allergy.      | allergy   | false
            No PE kit today. She has asthma.                        | asthma    | false
            Not sure about the trip, but she has asthma.            | asthma    | false
            She has asthma.                                         | asthma    | false
            Asthma: severe                                          | Asthma    | false
            She has not only asthma but eczema.                     | asthma    | false
            """)
    void negations(String text, String term, boolean negated) {
        int start = text.indexOf(term);
        assertThat(negation.negated(text, start, start + term.length())).isEqualTo(negated);
    }
}
