package uk.schoolgate.detect.people;

import java.util.List;

/**
 * A person whose full name the matchers look for.
 *
 * @param subject   who a finding is about: a pupil's UPN, or {@code person:<folded name>} for staff
 *                  and parents
 * @param forenames the forename and, when there is one, the preferred name
 * @param surname   the surname, as written in the MIS (may hold several words, hyphens, accents)
 * @param kind      "roster pupil", "staff member" or "parent", for {@code scan --explain}
 */
record PersonName(String subject, List<String> forenames, String surname, String kind) {
    PersonName {
        forenames = List.copyOf(forenames);
    }
}
