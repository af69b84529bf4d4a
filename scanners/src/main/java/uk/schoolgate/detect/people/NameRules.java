package uk.schoolgate.detect.people;

import java.util.Set;

/**
 * Decides whether a raw name occurrence is really a person's name, and how sure we are.
 *
 * <ul>
 *   <li>Forename then surname: separated by spaces, one line break, a tab (adjacent cells) or,
 *       in a CSV row only, a comma.</li>
 *   <li>Surname then forename: "Khan, Amelia" (a comma), "Khan&lt;TAB&gt;Amelia" (cells), or
 *       "KHAN Amelia" (register style: surname in capitals). "Khan Amelia" in prose is not taken.
 *       A comma form in prose needs a capitalised surname.</li>
 *   <li>Both words ordinary (Summer Field, Grace Hill, Will Brook, May Rivers) outside a table:
 *       not a name when either is in lower case ("summer field"), when a place or event word
 *       follows ("Grace Hill Road", "Summer Field day") or a determiner precedes ("the Summer
 *       Field"); otherwise a name at low confidence.</li>
 *   <li>An ordinary word in lower case next to a capitalised name word is the word ("I hope Lee
 *       can come" is not Hope Lee).</li>
 *   <li>Lower-case names count (staff type quickly), a little less surely.</li>
 * </ul>
 */
final class NameRules {
    private final Set<String> placeWords;
    private final Set<String> determiners;
    private final boolean lineBreaks;
    private final boolean surnameFirst;

    NameRules(Set<String> placeWords, Set<String> determiners, boolean lineBreaks, boolean surnameFirst) {
        this.placeWords = placeWords;
        this.determiners = determiners;
        this.lineBreaks = lineBreaks;
        this.surnameFirst = surnameFirst;
    }

    /** The verdict on one hit: a confidence (0 = not a name) and the reason, for --explain. */
    record Verdict(double confidence, String rule) {
        static final Verdict NO = new Verdict(0, "");
    }

    Verdict judge(String text, NameHit hit, NameVariant variant, LineCache lines) {
        boolean row = hit.boundary() == Separator.TAB || lines.isRow(hit.start());
        NameCase forename = NameCase.of(text, hit.forenameStart(), hit.forenameEnd());
        NameCase surname = NameCase.of(text, hit.surnameStart(), hit.surnameEnd());
        double confidence;
        String form;
        if (variant.surnameFirst()) {
            if (!surnameFirst) {
                return Verdict.NO;
            }
            switch (hit.boundary()) {
                case COMMA -> {
                    if (!row && (!surname.capitalised() || variant.bothOrdinary())) {
                        return Verdict.NO;
                    }
                    confidence = 0.9;
                    form = "surname, forename";
                }
                case TAB -> {
                    confidence = 0.9;
                    form = "surname and forename in adjacent table cells";
                }
                case SPACE -> {
                    boolean register = surname == NameCase.UPPER && forename != NameCase.UPPER;
                    if (!register && !row) {
                        return Verdict.NO;
                    }
                    confidence = 0.85;
                    form = register ? "SURNAME forename (register style)" : "surname forename in a table row";
                }
                default -> {
                    return Verdict.NO;
                }
            }
        } else {
            switch (hit.boundary()) {
                case SPACE -> {
                    confidence = 0.95;
                    form = "forename surname";
                }
                case TAB -> {
                    confidence = 0.9;
                    form = "forename and surname in adjacent table cells";
                }
                case COMMA -> {
                    if (!row) {
                        return Verdict.NO;
                    }
                    confidence = 0.9;
                    form = "forename,surname in a CSV row";
                }
                case LINE_BREAK -> {
                    if (!lineBreaks) {
                        return Verdict.NO;
                    }
                    confidence = 0.85;
                    form = "forename surname across a line break";
                }
                default -> {
                    return Verdict.NO;
                }
            }
        }
        String casing = "";
        if (!row) {
            if (forename == NameCase.LOWER && surname == NameCase.LOWER) {
                confidence = Math.min(confidence, 0.75);
                casing = "; lower case";
            } else if (!forename.capitalised() || !surname.capitalised()) {
                confidence = Math.min(confidence, 0.8);
                casing = "; irregular capitals";
            }
        }
        String ordinary = "";
        if (variant.bothOrdinary() && !row) {
            if (forename == NameCase.LOWER || surname == NameCase.LOWER) {
                return Verdict.NO;
            }
            if (placeWords.contains(nextWord(text, hit.end())) || determiners.contains(previousWord(text, hit.start()))) {
                return Verdict.NO;
            }
            confidence = Math.min(confidence, 0.6);
            ordinary = "; both words are also ordinary words";
        } else if (!row && ((variant.forenameOrdinary() && forename == NameCase.LOWER && surname.capitalised())
                || (variant.surnameOrdinary() && surname == NameCase.LOWER && forename.capitalised()))) {
            // "I hope Lee can come", "Tommy field": the lower-case word is the ordinary word.
            return Verdict.NO;
        } else if ((variant.forenameOrdinary() || variant.surnameOrdinary()) && !row
                && (forename == NameCase.LOWER || surname == NameCase.LOWER)) {
            confidence = Math.min(confidence, 0.6);
            ordinary = "; an ordinary word in lower case";
        }
        return new Verdict(confidence, form + (variant.preferred() ? " (preferred name)" : "") + casing + ordinary
                + (row ? "; table row" : ""));
    }

    /** The folded word after {@code offset} on the same line, or "". */
    static String nextWord(String text, int offset) {
        int i = offset;
        if (i < text.length() && Fold.kind(text.charAt(i)) == Fold.APOSTROPHE) {
            while (i < text.length() && !Fold.isSpace(text.charAt(i))) {
                i++;
            }
        }
        while (i < text.length() && Fold.kind(text.charAt(i)) == Fold.SPACE) {
            i++;
        }
        int start = i;
        while (i < text.length() && Fold.isWordOrMark(text.charAt(i)) && i - start < 40) {
            i++;
        }
        return Fold.foldString(text.substring(start, i));
    }

    /** The folded word before {@code offset} on the same line, or "". */
    static String previousWord(String text, int offset) {
        int i = offset;
        while (i > 0 && Fold.kind(text.charAt(i - 1)) == Fold.SPACE) {
            i--;
        }
        int end = i;
        while (i > 0 && Fold.isWordOrMark(text.charAt(i - 1)) && end - i < 40) {
            i--;
        }
        return Fold.foldString(text.substring(i, end));
    }
}
