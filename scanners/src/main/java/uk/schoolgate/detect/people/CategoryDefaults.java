package uk.schoolgate.detect.people;

import java.util.List;
import uk.schoolgate.detect.FindingType;

/**
 * What differs between the HEALTH, SEN and SAFEGUARDING detectors before any setting is read.
 *
 * @param lexicon           default lexicon path, relative to the configuration folder
 * @param directoryPeople   which directory lists count as identifiable people ("staff", "parents")
 * @param professionalRoles job-title words of staff who appear in these messages as professionals,
 *                          not as subjects (the DSL in a safeguarding email)
 * @param columnHeaders     table headers whose column values are this category's data
 * @param shoutingAcronyms  acronyms that are also English words (SEND, SALT): not matched in lines
 *                          typed in capitals, where they are just words
 */
record CategoryDefaults(FindingType type, String lexicon, List<String> directoryPeople, List<String> professionalRoles,
                        List<String> columnHeaders, List<String> shoutingAcronyms) {
}
