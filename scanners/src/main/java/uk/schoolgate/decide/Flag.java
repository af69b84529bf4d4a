package uk.schoolgate.decide;

/**
 * The flags of the contract ("Flags and actions"). A flag is raised by one rule in
 * {@code uk.schoolgate.decide.rules}; its action comes from gateway.yaml (policy.actions).
 */
public enum Flag {
    ATTACHMENT_TOO_LARGE,
    EXECUTABLE_ATTACHMENT,
    CREDENTIALS_OR_FINANCIAL,
    RECIPIENTS_EXPOSED,
    PARENT_CONTACT_UNAPPROVED,
    PUPIL_CONTACT_UNAPPROVED,
    BULK_PERSONAL_DATA,
    PERSONAL_DATA,
    SPECIAL_CATEGORY,
    SENSITIVE_MARKING,
    OFFENSIVE_LANGUAGE
}
