package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Pupil;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.FindingType;

/**
 * The settings of one special-category detector (health, sen or safeguarding), read from its
 * block in gateway.yaml with the defaults documented in docs/detectors.md, and the
 * matchers built from them. Immutable.
 */
record CategorySettings(FindingType type, Lexicon lexicon, SharedLexiconScan scan, int source, Set<Scope> scopes,
                        boolean paragraphAnaphora, boolean documentAnaphora, Set<String> anaphoraWords, Map<String, Set<String>> forenames,
                        Negation negation, Set<FindingType> identifierTypes, NameFinder directory,
                        Set<String> greetings, TableColumns columns, Confidences confidences,
                        Set<String> shoutingAcronyms, int maxFindings) {

    /** Confidence of a finding by where its person was found. */
    record Confidences(double row, double sentence, double paragraph, double document, double column) {
    }

    static final List<String> SCOPES = List.of("row", "sentence", "paragraph", "document");
    static final List<String> ANAPHORA = List.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
    static final List<String> IDENTIFIERS = List.of("DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER", "UK_UPN",
            "UK_ULN", "UK_NHS_NUMBER", "UK_NINO");
    static final List<String> GREETINGS = List.of("dear", "hi", "hello", "hey", "morning", "afternoon", "evening",
            "thanks", "thank", "regards", "wishes", "cheers", "from", "to", "cc", "attn", "fao", "sincerely",
            "faithfully", "best", "love");
    static final List<String> NEGATIVE_VALUES = List.of("n", "no", "none", "nil", "nothing", "-", "\u2013", "\u2014",
            "n/a", "na", "n a", "0", "false", "x", "nka", "nkda", "none known", "no known allergies", "no allergies",
            "no known", "not applicable", "not known", "unknown", "no concerns", "no medical needs",
            "no medical conditions", "nothing known", "none reported", "no sen", "not sen", "?", "tbc");
    static final List<String> HEADER_EXCLUDES = List.of("consent", "form", "forms", "training", "trained",
            "date", "dates", "signed", "returned", "room", "kit", "kits", "policy", "officer", "lead", "contact",
            "phone", "tel", "email", "address", "doctor", "gp", "surgery", "practice", "trip", "briefing", "safety",
            "awareness");

    /**
     * @param scan the lexicon scan shared with the other special-category detectors built with
     *             this one (a fresh one when the detector stands alone)
     */
    static CategorySettings read(ConfigNode s, DetectorResources resources, CategoryDefaults d, SharedLexiconScan scan) {
        Lexicon lexicon = LexiconLoader.load(s, "lexicon", d.lexicon(), resources.configDir());
        int source = scan.register(lexicon);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : s.stringList("scopes", SCOPES)) {
            scopes.add(s.parseEnum("scopes", Scope.class, name));
        }
        boolean paragraphAnaphora = s.bool("paragraph_anaphora", true);
        boolean anaphora = s.bool("document_anaphora", true);
        Set<String> anaphoraWords = Words.foldAll(s.stringList("anaphora_words", ANAPHORA));
        Set<String> negativeValues = Words.foldAll(s.stringList("negative_values", NEGATIVE_VALUES));
        Negation negation = Negation.read(s, negativeValues);
        Set<FindingType> identifiers = EnumSet.noneOf(FindingType.class);
        for (String name : s.stringList("identifier_types", IDENTIFIERS)) {
            identifiers.add(s.parseEnum("identifier_types", FindingType.class, name));
        }
        Set<String> lists = new HashSet<>();
        for (String name : s.stringList("directory_people", d.directoryPeople())) {
            String list = name.strip().toLowerCase(java.util.Locale.ROOT);
            if (!list.equals("staff") && !list.equals("parents")) {
                throw s.error("directory_people", "'" + name + "' is not one of staff, parents");
            }
            lists.add(list);
        }
        List<String> roles = new ArrayList<>(Words.foldAll(s.stringList("professional_roles", d.professionalRoles())));
        Set<String> nonPerson = Words.foldAll(s.stringList("non_person_words", DirectoryPeople.NON_PERSON_WORDS));
        NameSettings names = NameSettings.read(s, resources.configDir());
        Set<String> greetings = Words.foldAll(s.stringList("greeting_words", GREETINGS));
        NameFinder directory = lists.isEmpty() ? null
                : names.finder(DirectoryPeople.of(resources.directory(), lists, roles, nonPerson));
        boolean tableColumns = s.bool("table_columns", true);
        Set<String> headers = Words.foldAll(s.stringList("column_headers", d.columnHeaders()));
        Set<String> headerExcludes = Words.foldAll(s.stringList("column_header_excludes", HEADER_EXCLUDES));
        TableColumns columns = tableColumns && !headers.isEmpty()
                ? new TableColumns(headers, headerExcludes, negativeValues) : null;
        Confidences confidences = new Confidences(
                s.doubleValue("row_confidence", 0.9, 0, 1),
                s.doubleValue("sentence_confidence", 0.85, 0, 1),
                s.doubleValue("paragraph_confidence", 0.7, 0, 1),
                s.doubleValue("document_confidence", 0.6, 0, 1),
                s.doubleValue("column_confidence", 0.8, 0, 1));
        Set<String> shouting = Words.foldAll(s.stringList("shouting_acronyms", d.shoutingAcronyms()));
        int max = s.intValue("max_findings", 1000, 1, 1_000_000);
        return new CategorySettings(d.type(), lexicon, scan, source, scopes, paragraphAnaphora, anaphora, anaphoraWords,
                forenames(resources), negation, identifiers, directory, greetings, columns, confidences, shouting, max);
    }

    /** Each pupil's folded forename and preferred name, by UPN: "Amelia" in a sentence refers back to Amelia Khan. */
    private static Map<String, Set<String>> forenames(DetectorResources resources) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Pupil p : resources.directory().pupils()) {
            Set<String> names = new HashSet<>();
            names.add(LexiconLoader.foldTerm(p.forename()));
            p.preferred().ifPresent(n -> names.add(LexiconLoader.foldTerm(n)));
            out.put(p.upn(), Set.copyOf(names));
        }
        return Map.copyOf(out);
    }
}
