package uk.schoolgate.config;

import java.time.LocalDate;
import java.util.Optional;

/** One row of pupils.csv. Preferred name and email may be blank. */
public record Pupil(String upn, String forename, String surname, String preferredName, LocalDate dateOfBirth,
                    String yearGroup, String email) {

    public Optional<String> preferred() {
        return preferredName == null || preferredName.isBlank() ? Optional.empty() : Optional.of(preferredName);
    }
}
