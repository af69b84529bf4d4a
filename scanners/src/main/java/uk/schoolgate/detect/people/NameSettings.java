package uk.schoolgate.detect.people;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.schoolgate.config.ConfigNode;

/**
 * How full names are recognised: read from a detector's settings block (pupil_name, and the
 * special-category detectors for staff and parent names).
 *
 * @param ordinaryWords words that are also names (summer, grace, will, field, hill, brook)
 * @param placeWords    words that, after a name made only of ordinary words, make it a place or an
 *                      event ("Grace Hill Road", "Summer Field day")
 * @param determiners   words that, before such a name, make it a thing ("the Summer Field")
 * @param lineBreaks    accept a forename and surname split by one line break
 * @param surnameFirst  accept "Khan, Amelia", "KHAN Amelia" and surname/forename cells
 * @param minConfidence names judged less likely than this are dropped
 */
record NameSettings(Set<String> ordinaryWords, Set<String> placeWords, Set<String> determiners, boolean lineBreaks,
                    boolean surnameFirst, double minConfidence) {

    static final String ORDINARY_WORDS = "lexicons/name-ordinary-words.txt";
    static final String PLACE_WORDS = "lexicons/name-place-words.txt";
    static final List<String> DETERMINERS = List.of("the", "a", "an", "this", "these", "those", "our", "your",
            "their", "each", "every", "next", "last");

    static NameSettings read(ConfigNode settings, Path configDir) {
        Set<String> ordinary = LexiconLoader.load(settings, "ordinary_words", ORDINARY_WORDS, configDir).foldedSet();
        Set<String> places = LexiconLoader.load(settings, "place_words", PLACE_WORDS, configDir).foldedSet();
        Set<String> determiners = settings.stringList("determiners", DETERMINERS).stream()
                .map(Fold::foldString).collect(Collectors.toUnmodifiableSet());
        boolean lineBreaks = settings.bool("line_breaks", true);
        boolean surnameFirst = settings.bool("surname_first", true);
        double min = settings.doubleValue("min_confidence", 0.5, 0.0, 1.0);
        return new NameSettings(ordinary, places, determiners, lineBreaks, surnameFirst, min);
    }

    NameFinder finder(List<PersonName> people) {
        NameAutomaton automaton = NameAutomaton.build(people, ordinaryWords);
        return new NameFinder(automaton, new NameRules(placeWords, determiners, lineBreaks, surnameFirst), minConfidence);
    }
}
