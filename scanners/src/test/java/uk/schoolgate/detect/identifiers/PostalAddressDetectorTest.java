package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.TextSegment;

class PostalAddressDetectorTest {
    private final PostalAddressDetector detector = PostalAddressDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Amelia's address is 12 Acacia Avenue, Leeds LS17 9QT.|12 Acacia Avenue, Leeds LS17 9QT",
        "Please post it to Flat 3, 7 High Street, Leeds LS1 1AA|Flat 3, 7 High Street, Leeds LS1 1AA",
        "She lives at 12 Acacia Avenue with her gran.|12 Acacia Avenue",
        "Home address: Rose Cottage, Moor Lane, Leeds LS17 9QT|Rose Cottage, Moor Lane, Leeds LS17 9QT",
        "Rose Cottage, Moor Lane, Kirkby Moor, Leeds, LS17 9QT|Rose Cottage, Moor Lane, Kirkby Moor, Leeds, LS17 9QT",
        "The family now lives in Leeds, LS17 9QT.|Leeds, LS17 9QT",
        "New address: 4a Church St, Otley LS21 3AB|4a Church St, Otley LS21 3AB",
        "They have moved to 3 Oak Lane, Exampletown EX1 2AB.|3 Oak Lane, Exampletown EX1 2AB",
        "12 Acacia Avenue, leeds ls17 9qt|12 Acacia Avenue, leeds ls17 9qt",
        "a stop outside their house, 88 king lane, leeds ls17 5du, if possible|88 king lane, leeds ls17 5du",
        "Correspondence address: 22-24 St Mary's Road, York YO1 7HH|22-24 St Mary's Road, York YO1 7HH",
        "Postcode: LS17 9QT|LS17 9QT",
        "Mr and Mrs Lee, 5 The Grove, Harrogate HG1 2AB|5 The Grove, Harrogate HG1 2AB",
        "Please confirm the home visit to 14 Elm Close on Tuesday.|14 Elm Close",
        "GIR 0AA is the address: 1 Girobank Road, Bootle GIR 0AA|1 Girobank Road, Bootle GIR 0AA",
    })
    void addresses(String text, String address) {
        assertThat(found(detector, text)).containsExactly(address);
    }

    @Test
    void anAddressOverSeveralLinesIsOneFinding() {
        String letter = "Mrs J Khan\n12 Acacia Avenue\nKirkby Moor\nLeeds\nLS17 9QT\n\nDear Mrs Khan,\n";
        assertThat(found(detector, letter)).containsExactly("12 Acacia Avenue\nKirkby Moor\nLeeds\nLS17 9QT");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Oakfield Primary School, 1 Oak Lane, Exampletown, EX1 2AB",             // the school's own address
        "Send replies to 1 Oak Lane, Exampletown EX1 2AB",
        "Kind regards\nAnn Head\nHeadteacher\n1 Oak Lane\nExampletown\nEX1 2AB", // a signature
        "Civic Hall, 2 Market Street, Exampletown, EX1 1AA",                    // a configured organisation
        "Exampletown City Council offices, Leeds LS1 1UR",
        "Acme Supplies Ltd\nUnit 4, Riverside Business Park\nLeeds LS10 1AB",
        "Please send it to PO Box 123, Leeds LS1 1AA",
        "St James's Hospital, Beckett Street, Leeds LS9 7TF",
        "Kind regards\nJohn Smith\nBright Print\n3 Mill Road, Leeds LS1 4AB\nwww.brightprint.co.uk",
        "The trip is to the Royal Armouries, Armouries Drive, Leeds LS10 1LT on Friday.",
        "We will meet at 12 High Street on Monday.",                            // a street line, nobody lives there
        "Our catchment includes LS17 9QT.",                                     // a postcode alone in prose
        "Families in the LS17 area",
        "Year 6 2nd half term",
        "Y6 2nd trip",
        "Room 12 Main Hall",
        "The school has 3 Park Rangers visiting",
        "Invoice INV-2025 for 12 items",
        "we have 3 kids in leeds ls17 5du",                                      // no street line
        "Dales Kitchen Catering, 3 Mill Yard, Otley LS21 1AB.",                 // a supplier's letterhead
        "Thanks,\n\nDales Kitchen Catering\n3 Mill Yard, Otley LS21 1AB",       // a supplier's sign-off
    })
    void notAPersonsAddress(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void aTableRowIsOneAddressPerPerson() {
        TextSegment sheet = Fixtures.attachment("class.xlsx",
                "Name\tAddress\tPostcode\nBo Lee\t12 Acacia Avenue\tLS17 9QT\nAl Roe\t3 Elm Close\tLS17 8AB\n");
        List<Finding> all = detector.detect(sheet, List.of());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).subject()).isNotEqualTo(all.get(1).subject());
        assertThat(all).allSatisfy(f -> assertThat(f.subject()).startsWith("row:class.xlsx:"));
    }

    @Test
    void aStreetInAnAddressColumnIsAnAddress() {
        TextSegment sheet = Fixtures.attachment("class.csv", "Name,Home Address,Year\nBo Lee,12 Acacia Avenue,4\n");
        assertThat(found(detector, sheet, List.of())).containsExactly("12 Acacia Avenue");
    }

    @Test
    void confidenceReflectsTheEvidence() {
        double full = detector.detect(Fixtures.body("lives at 12 Acacia Avenue, Leeds LS17 9QT"), List.of()).get(0).confidence();
        double label = detector.detect(Fixtures.body("Postcode: LS17 9QT"), List.of()).get(0).confidence();
        assertThat(full).isGreaterThan(0.9);
        assertThat(label).isLessThan(0.7);
    }

    @Test
    void subjectIsThePupilNamedWithTheAddress() {
        TextSegment text = Fixtures.body("Amelia Khan lives at 12 Acacia Avenue, Leeds LS17 9QT.");
        Finding f = detector.detect(text, List.of(Fixtures.pupilName(text, "Amelia Khan", "A123456789012"))).get(0);
        assertThat(f.subject()).isEqualTo("A123456789012");
        assertThat(f.rule()).contains("street line").contains("'lives at' before");
    }

    @Test
    void homeWordsOutweighOrganisationWords() {
        assertThat(found(detector, "The child lives at 12 School Lane, Leeds LS17 9QT")).hasSize(1);
    }

    @Test
    void wordListsAreConfigurable() {
        PostalAddressDetector custom = PostalAddressDetector.create(
                Fixtures.settings("organisation_words: [leeds]"), Fixtures.RESOURCES);
        assertThat(found(custom, "Address: 12 Acacia Avenue, Leeds LS17 9QT")).isEmpty();
        assertThat(found(custom, "Address: 12 Acacia Avenue, Otley LS21 3AB")).hasSize(1);
        assertThat(found(detector, "Address: 4a Church St, Otley LS21 3AB (near the church)")).isEmpty();
    }

    @Test
    void postcodesFollowTheOfficialPattern() {
        Postcodes codes = new Postcodes(Postcodes.AREAS);
        assertThat(codes.all("SW1A 1AA, EC1A 1BB, W1A 0AX, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT, GIR 0AA, LS179QT"))
                .extracting(Postcodes.Postcode::normalised)
                .containsExactly("SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "GIR 0AA",
                        "LS17 9QT");
        assertThat(codes.all("Q1 1AA, V1 1AA, X1 1AA, LS17 9CI, LS17 9QK, AB1 1AAA")).isEmpty();
    }
}
