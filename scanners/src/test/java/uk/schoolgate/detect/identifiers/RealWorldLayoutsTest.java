package uk.schoolgate.detect.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.detect.identifiers.Fixtures.found;

import org.junit.jupiter.api.Test;

/**
 * Layouts met in another school's mail (an independent corpus written for a different school)
 * that the first versions of the detectors missed or misread: PDF line wrapping, letterheads,
 * signatures under a number, lock codes, login pairs.
 */
class RealWorldLayoutsTest {
    private final BankAccountDetector bank = BankAccountDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);
    private final PhoneNumberDetector phone = PhoneNumberDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);
    private final CredentialDetector credential = CredentialDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);
    private final PostalAddressDetector address = PostalAddressDetector.create(Fixtures.defaults(), Fixtures.RESOURCES);

    @Test
    void sortCodeWrappedByAPdfAfterItsHyphen() {
        assertThat(found(bank, "to Lloyds Bank, sort code 30-\n96-26, account number 71203345.")).hasSize(1);
    }

    @Test
    void aMobileIsPersonalUnlessItsOwnSentenceGivesItToAnOrganisation() {
        assertThat(found(phone, "I'm referring Ms Kelly Ricketts for your parenting support programme.\n"
                + "She'd prefer a call on 07700 900 417 after 10am.")).containsExactly("07700 900 417");
        assertThat(found(phone, "He is abroad until Friday; call him on +44 7700 900 318.\nJanet, Reception"))
                .containsExactly("+44 7700 900 318");
        assertThat(found(phone, "For trips, ring the school mobile on 07700 900 111.")).isEmpty();
        assertThat(found(phone, "Your address for the coach company: Wye Valley Outdoor Centre, and the duty "
                + "manager's number 01600 890 218, yes?")).isEmpty();
    }

    @Test
    void lockCodesAndLoginPairs() {
        assertThat(found(credential, "The staff entrance keypad code is 2580# and sign in at reception."))
                .containsExactly("2580#");
        assertThat(found(credential, "Lorraine, new code for the exam papers safe is 0-7-4-4-1-9."))
                .containsExactly("0-7-4-4-1-9");
        assertThat(found(credential, "AQA Centre Services: user lfox56231 / pass Marmalade*Otter9"))
                .containsExactly("Marmalade*Otter9");
        assertThat(found(credential, "The code for the exam papers safe will be given to you in person.")).isEmpty();
        assertThat(found(credential, "Our pass rate for user groups was 95%.")).isEmpty();
        assertThat(found(credential, "Can you pass Sarah the form?")).isEmpty();
    }

    @Test
    void anAddressUnderAPersonsNameIsTheirsEvenUnderALetterhead() {
        assertThat(found(address, "www.oakfield.sch.uk\nINVOICE 0412\nTo: Mr R Bennett\n9 Meadowsweet Drive\n"
                + "Bradley Stoke\nBristol BS32 0DA")).containsExactly("9 Meadowsweet Drive\nBradley Stoke\nBristol BS32 0DA");
    }

    @Test
    void aLabelledAddressIsNotAnOrganisationsBecauseOfTheLineAbove() {
        assertThat(found(address, "GP Dr A Whitfield, Filton Hill Surgery\n"
                + "Address: Flat 4, 112 Station Road, Filton, Bristol BS34 7JW"))
                .containsExactly("Flat 4, 112 Station Road, Filton, Bristol BS34 7JW");
    }

    @Test
    void officeBuildingsAreOrganisationsButBlocksOfFlatsAreHomes() {
        assertThat(found(address, "Airbus UK, Pegasus House, Aerospace Avenue, Filton, Bristol BS34 7PA")).isEmpty();
        assertThat(found(address, "Kai has his interview at Airbus, Pegasus House, Aerospace Avenue, Filton, "
                + "Bristol BS34 7PA on Monday.")).isEmpty();
        assertThat(found(address, "Their new home address is Flat 3, Jubilee House, 12 Moor Road, Bristol BS7 8AA."))
                .hasSize(1);
    }
}
