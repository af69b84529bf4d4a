package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.Parent;
import uk.schoolgate.config.StaffMember;

/**
 * Staff and parents as names to look for. Their names come as one "name" column ("Dr Helen
 * Marsh", "Hannah Ó Súilleabháin"): titles are dropped, the first word is the forename and the
 * rest the surname. Entries that are not people ("School Office") and staff whose job title
 * makes them the professional in such messages (the DSL, the school nurse) are left out.
 */
final class DirectoryPeople {
    static final List<String> NON_PERSON_WORDS = List.of("school", "office", "admin", "administration", "reception",
            "finance", "accounts", "team", "trust", "academy", "department", "dept", "ict", "support", "helpdesk",
            "catering", "kitchen", "premises", "governors", "enquiries", "info", "payroll", "hr", "site", "exams",
            "data", "the", "and", "clerk", "bursar", "service", "services", "council", "nursery", "class", "year");
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
            "rev", "revd", "reverend", "sir", "dame", "lady", "lord", "fr", "sr");

    private DirectoryPeople() {
    }

    static List<PersonName> of(Directory directory, Set<String> lists, List<String> professionalRoles,
                               Set<String> nonPersonWords) {
        Map<String, PersonName> out = new LinkedHashMap<>();
        if (lists.contains("staff")) {
            for (StaffMember s : directory.staff()) {
                String title = Fold.foldString(s.jobTitle()).toLowerCase(Locale.ROOT);
                if (professionalRoles.stream().noneMatch(title::contains)) {
                    add(out, s.name(), "staff member", nonPersonWords);
                }
            }
        }
        if (lists.contains("parents")) {
            for (Parent p : directory.parents()) {
                add(out, p.name(), "parent", nonPersonWords);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, PersonName> out, String fullName, String kind, Set<String> nonPersonWords) {
        List<String> words = new ArrayList<>(List.of(fullName.strip().split("\\s+")));
        while (!words.isEmpty() && TITLES.contains(Fold.foldString(words.get(0)).replace(".", ""))) {
            words.remove(0);
        }
        if (words.size() < 2) {
            return;
        }
        for (String w : words) {
            if (nonPersonWords.contains(Fold.foldString(w).replaceAll("[^a-z0-9]", ""))) {
                return;
            }
        }
        String forename = words.get(0);
        String surname = String.join(" ", words.subList(1, words.size()));
        String subject = "person:" + String.join(" ", NameAutomaton.words(String.join(" ", words)));
        out.putIfAbsent(subject, new PersonName(subject, List.of(forename), surname, kind));
    }
}
