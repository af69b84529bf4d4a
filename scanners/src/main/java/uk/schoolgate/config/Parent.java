package uk.schoolgate.config;

import java.util.List;

/** One row of parents.csv; children are pupil UPNs. */
public record Parent(String email, String name, List<String> childUpns) {
}
