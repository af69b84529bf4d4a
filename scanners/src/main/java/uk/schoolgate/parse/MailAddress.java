package uk.schoolgate.parse;

import java.util.Locale;

/** An email address as written in a header, with its display name (may be empty). */
public record MailAddress(String email, String displayName) {
    public MailAddress {
        email = email.strip();
        displayName = displayName == null ? "" : displayName.strip();
    }

    public String normalised() {
        return email.toLowerCase(Locale.ROOT);
    }
}
