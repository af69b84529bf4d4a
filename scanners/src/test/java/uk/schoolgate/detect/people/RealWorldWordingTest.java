package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.schoolgate.config.ConfigLoader;
import uk.schoolgate.config.GatewayConfig;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextSegment;

/**
 * Wording met in another school's mail that the lexicons first missed or misread, through the
 * whole detector suite of the example school.
 */
class RealWorldWordingTest {
    private static final GatewayConfig CONFIG = ConfigLoader.load(Path.of("..", "config").toAbsolutePath().normalize());

    private static List<FindingType> types(String text) {
        return CONFIG.detectors().detect(List.of(TextSegment.of(Location.BODY, text))).stream()
                .map(Finding::type).toList();
    }

    @Test
    void commonIllnessesOfANamedPupil() {
        assertThat(types("Did the home visit for Amelia Khan. Mum said she's had a chest infection."))
                .contains(FindingType.HEALTH);
    }

    @Test
    void aDiagnosisOfDyslexiaIsSenNotHealth() {
        assertThat(types("Amelia Khan was diagnosed with dyslexia in Year 3.")).contains(FindingType.SEN)
                .doesNotContain(FindingType.HEALTH);
    }

    @Test
    void medicineAsASubjectIsNotMedication() {
        assertThat(types("Amelia Khan holds an offer to study Medicine.")).doesNotContain(FindingType.HEALTH);
    }

    @Test
    void allegationsAreSafeguarding() {
        assertThat(types("An allegation was made today by a Year 5 pupil, Amelia Khan, against a member of staff."))
                .contains(FindingType.SAFEGUARDING);
    }

    @Test
    void acronymsInsideReferencesAreNotTerms() {
        assertThat(types("Account ref CLA-7M-0093 for Amelia Khan")).doesNotContain(FindingType.SAFEGUARDING);
        assertThat(types("Amelia Khan is CP/CIN.")).contains(FindingType.SAFEGUARDING);
    }

    @Test
    void insultsThatAreOrdinaryWordsOnlyAsNames() {
        assertThat(types("Some prick has parked across the fire lane again.")).contains(FindingType.OFFENSIVE_LANGUAGE);
        assertThat(types("The finger prick test is at 10am; Dick Whittington is the panto.")).isEmpty();
        assertThat(types("Add a knob of butter.")).isEmpty();
    }
}
