package uk.schoolgate.config;

/** One row of staff.csv: who may email parents and pupils, and what goes in their signature. */
public record StaffMember(String email, String name, String jobTitle, boolean parentContact, boolean pupilContact) {
}
