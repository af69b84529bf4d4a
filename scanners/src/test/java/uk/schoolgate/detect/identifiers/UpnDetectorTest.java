package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

class UpnDetectorTest {
    private final UpnDetector detector = UpnDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @ValueSource(strings = {
        "UPN: K383214725004",
        "Her UPN is J936123456780, please update SIMS.",
        "unique pupil number J201987654321",
        "K383214725004",
        "Pupil K383214725004 has moved to another school",
        "(K383214725004)",
        "UPN K383214725004.",
        "Can you check upn k383214725004 on Key to Success?",
    })
    void validUpnsAreFound(String text) {
        assertThat(found(detector, text)).hasSize(1).first().asString().hasSize(13);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPN: A383214725004",          // wrong check letter
        "UPN: K383214725005",          // last digit changed
        "K38321472500",                // 12 characters
        "K3832147250041",              // 14 characters
        "XK383214725004",              // inside a longer token
        "K383214725004X",
        "k383214725004",               // lower-case check letter, not called a UPN
        "B050123456784",               // valid check letter but LA code 050 is impossible
        "Order A000000000000 shipped",
    })
    void thirteenCharacterStringsThatAreNotUpns(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void confidenceRisesWithContextAndIsCertainUnderAUpnColumn() {
        Finding bare = detector.detect(Fixtures.body("see J936123456780 for details"), List.of()).get(0);
        Finding labelled = detector.detect(Fixtures.body("UPN: J936123456780"), List.of()).get(0);
        TextSegment sheet = Fixtures.attachment("class.xlsx", "Name\tUPN\tYear\nBo Lee\tJ936123456780\t4\n");
        Finding column = detector.detect(sheet, List.of()).get(0);
        assertThat(bare.confidence()).isLessThan(labelled.confidence());
        assertThat(column.confidence()).isEqualTo(1.0);
        assertThat(column.rule()).contains("column 'upn'");
        assertThat(labelled.rule()).contains("valid check letter").contains("'upn' before");
    }

    @Test
    void aRosterPupilsUpnIsCertain() {
        Finding f = detector.detect(Fixtures.body("ref A123456789012"), List.of()).get(0);
        assertThat(f.confidence()).isEqualTo(1.0);
        assertThat(f.subject()).isEqualTo("A123456789012");
    }

    @Test
    void laCodeOutsideTheIssuedRangeIsLessCertain() {
        Finding f = detector.detect(Fixtures.body("L123456789011"), List.of()).get(0);
        assertThat(f.confidence()).isLessThan(0.8);
    }

    @Test
    void temporaryUpnsNeedContext() {
        assertThat(found(detector, "Temporary UPN: D38321472500A")).containsExactly("D38321472500A");
        assertThat(found(detector, "Part D38321472500A in stock")).isEmpty();
        UpnDetector off = UpnDetector.create(Fixtures.settings("temporary_upns: false"), Fixtures.RESOURCES);
        assertThat(found(off, "Temporary UPN: D38321472500A")).isEmpty();
    }

    @Test
    void subjectIsTheUpnOrThePupilNamedWithIt() {
        TextSegment prose = Fixtures.body("UPN J936123456780 belongs to a new starter.");
        assertThat(detector.detect(prose, List.of()).get(0).subject()).isEqualTo("J936123456780");
        TextSegment named = Fixtures.body("Amelia Khan (UPN J936123456780) has moved.");
        Finding f = detector.detect(named, List.of(Fixtures.pupilName(named, "Amelia Khan", "A123456789012"))).get(0);
        assertThat(f.subject()).isEqualTo("A123456789012");
        assertThat(f.type()).isEqualTo(FindingType.UK_UPN);
    }

    @Test
    void excerptIsMasked() {
        Finding f = detector.detect(Fixtures.body("UPN: J936123456780"), List.of()).get(0);
        assertThat(f.excerpt()).doesNotContain("936123456780").startsWith("J");
    }

    @Test
    void requireContextSetting() {
        UpnDetector strict = UpnDetector.create(Fixtures.settings("require_context: true"), Fixtures.RESOURCES);
        assertThat(found(strict, "see J936123456780")).isEmpty();
        assertThat(found(strict, "UPN J936123456780")).hasSize(1);
    }

    @Test
    void manyUpnsInASheet() {
        StringBuilder sb = new StringBuilder("Name\tUPN\n");
        for (int i = 0; i < 50; i++) {
            sb.append("Pupil ").append(i).append("\tJ936123456780\n");
        }
        List<Finding> all = detector.detect(Fixtures.attachment("list.csv", sb.toString()), List.of());
        assertThat(all).hasSize(50).allSatisfy(f -> assertThat(f.confidence()).isEqualTo(1.0));
    }
}
