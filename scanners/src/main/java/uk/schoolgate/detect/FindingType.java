package uk.schoolgate.detect;

/**
 * What a detector reports (contract, "Findings"). OFFENSIVE_LANGUAGE is found by a detector like
 * the others but the contract lists it only as a flag, so it is not printed among the findings.
 */
public enum FindingType {
    PUPIL_NAME,
    DATE_OF_BIRTH,
    POSTAL_ADDRESS,
    PHONE_NUMBER,
    UK_UPN,
    UK_ULN,
    UK_NHS_NUMBER,
    UK_NINO,
    HEALTH,
    SEN,
    SAFEGUARDING,
    CREDENTIAL,
    BANK_ACCOUNT,
    PAYMENT_CARD,
    OFFENSIVE_LANGUAGE;

    /** Whether the contract lists this type among the findings of {@code scan}. */
    public boolean isContractFinding() {
        return this != OFFENSIVE_LANGUAGE;
    }
}
