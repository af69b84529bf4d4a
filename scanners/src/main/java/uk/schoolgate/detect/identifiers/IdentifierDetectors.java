package uk.schoolgate.detect.identifiers;

import java.util.List;
import uk.schoolgate.detect.DetectorDefinition;

/**
 * The identifier, contact, date-of-birth, credential and money detectors, in the order they run,
 * with their keys under {@code detectors:} in gateway.yaml. The order matters: the phone detector
 * skips digits already found as a UPN, ULN, NHS number or NINO; the date-of-birth detector skips
 * dates inside phone numbers, identifiers and addresses, and attributes dates to people through
 * the identifiers found before it; all of them use the pupil names found by the pupil-name
 * detector, which runs before all of these.
 */
public final class IdentifierDetectors {
    private IdentifierDetectors() {
    }

    public static List<DetectorDefinition> definitions() {
        return List.of(
                new DetectorDefinition("upn", UpnDetector::create),
                new DetectorDefinition("uln", UlnDetector::create),
                new DetectorDefinition("nhs_number", NhsNumberDetector::create),
                new DetectorDefinition("nino", NinoDetector::create),
                new DetectorDefinition("phone_number", PhoneNumberDetector::create),
                new DetectorDefinition("postal_address", PostalAddressDetector::create),
                new DetectorDefinition("date_of_birth", DateOfBirthDetector::create),
                new DetectorDefinition("credential", CredentialDetector::create),
                new DetectorDefinition("bank_account", BankAccountDetector::create),
                new DetectorDefinition("payment_card", PaymentCardDetector::create));
    }
}
