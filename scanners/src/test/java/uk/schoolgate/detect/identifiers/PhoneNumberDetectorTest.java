package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

class PhoneNumberDetectorTest {
    private final PhoneNumberDetector detector = PhoneNumberDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mum's mobile is 07700 900123.|07700 900123",
        "Please call me on 07700900456 after 6pm|07700900456",
        "Mobile: +44 7700 900789|+44 7700 900789",
        "Text Dad on 07700-900-321|07700-900-321",
        "You can reach her on (+44) 7700 900 654|(+44) 7700 900 654",
        "Contact 0044 7700 900111 any time|0044 7700 900111",
        "Mob 07700 900 222|07700 900 222",
        "Mrs Khan's number is 0113 496 0999|0113 496 0999",
        "Home: 0161 496 0321|0161 496 0321",
        "Tel (home) 020 7946 0123|020 7946 0123",
        "Emergency contact: Gran, 01632 960123|01632 960123",
        "Dad's landline +44 (0)121 496 0777|+44 (0)121 496 0777",
        "His mum's number (0131) 496 0555 is the best one|(0131) 496 0555",
        "Grandma lives nearby, 028 9649 6001|028 9649 6001",
        "Mr Patel - 029 2018 0444|029 2018 0444",
        "Mum 07700 900123 2 children at the school|07700 900123",
        "Amelia's mum (07700 900123) called|07700 900123",
        "Dad (+44 7700 900456)|+44 7700 900456",
    })
    void personalNumbers(String text, String number) {
        assertThat(found(detector, text)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Call the school office on 01234 567890",          // the school's own number
        "School: 01234567890",
        "Exampletown City Council: 0113 496 0500",          // a configured organisation
        "Call the helpline on 0161 496 0000",
        "Reception 0113 496 0111",
        "Acme Supplies Ltd, tel 0151 496 0123",
        "the switchboard is 020 7946 0000",
        "Call NHS 111 or 0300 123 4567",                    // non-geographic service numbers
        "Freephone 0800 123 4567",
        "Ring 0845 600 1234 for bookings",
        "0808 157 0123",
        "0909 879 0123",
        "Please call 0113 496 0123 with any questions",    // a landline nobody is said to own
        "Meeting on 12/03/2015 at 10:30",                   // dates and times
        "Dated 2015-03-12",
        "Term starts 01.09.2025",
        "Invoice 07700900123 is overdue",                   // a reference number shaped like a mobile
        "Order no. 07700 900123",
        "Total £0770.09",
        "UPN A123456789012",
        "Call 07700 90012",                                 // too short
        "Call 077009001234",                                // too long
        "ID 407700900123",
        "+1 415 555 0100",                                  // another country
        "The school mobile is 07700 900999",
        "Trip mobile: 07700 900888",
        "Postcode LS17 9QT",
        "Version 0.7.700.900123",
    })
    void notPersonalNumbers(String text) {
        assertThat(found(detector, text)).isEmpty();
    }

    @Test
    void landlineAttributedThroughAPupilName() {
        TextSegment text = Fixtures.body("Amelia Khan: please ring 0113 496 0999 if she is unwell.");
        List<Finding> all = detector.detect(text, List.of(Fixtures.pupilName(text, "Amelia Khan", "A123456789012")));
        assertThat(all).hasSize(1);
        assertThat(all.get(0).subject()).isEqualTo("A123456789012");
        assertThat(all.get(0).rule()).contains("pupil named");
    }

    @Test
    void landlineAttributedThroughAParentName() {
        assertThat(found(detector, "Jo Parent can be reached on 0113 496 0999")).hasSize(1);
    }

    @Test
    void contactsTableRowsWithANameColumn() {
        TextSegment sheet = Fixtures.attachment("contacts.xlsx",
                "Name\tRelationship\tPhone\nAnn Lee\tMother\t0113 496 0999\nBob Lee\tFather\t07700 900123\n");
        List<Finding> all = detector.detect(sheet, List.of());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).subject()).startsWith("row:contacts.xlsx:");
        assertThat(all.get(0).subject()).isNotEqualTo(all.get(1).subject());
    }

    @Test
    void supplierTableIsNotPersonal() {
        TextSegment sheet = Fixtures.attachment("suppliers.xlsx",
                "Company\tService\tPhone\nAcme\tCatering\t0113 496 0999\n");
        assertThat(detector.detect(sheet, List.of())).isEmpty();
    }

    @Test
    void nearestWordDecides() {
        assertThat(found(detector, "Call the office on 0113 496 0111 or my mobile 07700 900123"))
                .containsExactly("07700 900123");
        assertThat(found(detector, "Mum's mobile 07700 900123, or call the office on 0113 496 0111"))
                .containsExactly("07700 900123");
    }

    @Test
    void mobilesArePersonalWithoutContextButLessCertain() {
        Finding bare = detector.detect(Fixtures.body("07700 900123"), List.of()).get(0);
        Finding mum = detector.detect(Fixtures.body("Mum: 07700 900123"), List.of()).get(0);
        assertThat(bare.confidence()).isLessThan(mum.confidence());
        assertThat(bare.type()).isEqualTo(FindingType.PHONE_NUMBER);
        assertThat(bare.subject()).isEqualTo("07700900123");
        assertThat(mum.rule()).contains("mobile").contains("'mum' before");
    }

    @Test
    void identifiersFoundEarlierAreNotPhoneNumbers() {
        TextSegment text = Fixtures.body("Mum said 07700 900123 is his number");
        Finding upnLike = Finding.of(FindingType.UK_NHS_NUMBER, text, 9, 21, 0.9, null, "test");
        assertThat(detector.detect(text, List.of(upnLike))).isEmpty();
    }

    @Test
    void allowListExcludesConfiguredNumbers() {
        PhoneNumberDetector allow = PhoneNumberDetector.create(
                Fixtures.settings("allow_list: [\"07700 900123\"]"), Fixtures.RESOURCES);
        assertThat(found(allow, "Mum: 07700 900123")).isEmpty();
        assertThat(found(allow, "Mum: +44 7700 900124")).hasSize(1);
    }

    @Test
    void nationalDigits() {
        assertThat(PhoneNumberDetector.nationalDigits("+44 (0)113 496 0123")).isEqualTo("01134960123");
        assertThat(PhoneNumberDetector.nationalDigits("0044 113 496 0123")).isEqualTo("01134960123");
        assertThat(PhoneNumberDetector.nationalDigits("0113 496 0123")).isEqualTo("01134960123");
    }
}
