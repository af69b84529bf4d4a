package uk.schoolgate.detect.identifiers;

import java.time.LocalDate;

/**
 * Reads the date forms people write in UK school mail, day before month: 12/03/2015, 12.03.15,
 * 12-3-2015, 12/3/15, 2015-03-12, 12 March 2015, 12th Mar 2015, 12th of March, 2015, 12-Mar-15,
 * March 12, 2015 and Mar 12th 2015. Only whole dates with a year are read (a day and month alone
 * say nothing about a birth date), and only real calendar dates (31/02/2015 is not one).
 * Hand-written rather than a regular expression because it runs at every digit of every message.
 */
final class DateParser {
    /** A date found at [start, end). */
    record DateMatch(int start, int end, LocalDate date) {
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private DateParser() {
    }

    /**
     * The date that the run of digits starting at {@code at} belongs to, or null.
     *
     * @param twoDigitPivot two-digit years up to this (e.g. 26) are 20xx, later ones 19xx
     */
    static DateMatch parseAt(String text, int at, int twoDigitPivot) {
        int n = text.length();
        if (at >= n || !Chars.isDigit(text.charAt(at)) || (at > 0 && Chars.isDigit(text.charAt(at - 1)))) {
            return null;
        }
        int runEnd = Chars.digitRunEnd(text, at);
        int length = runEnd - at;
        char next = runEnd < n ? text.charAt(runEnd) : 0;
        if (length == 4 && (next == '-' || next == '/' || next == '.')) {
            return isoDate(text, at, runEnd, next);
        }
        if (length > 2) {
            return null;
        }
        if (next == '/' || next == '.' || next == '-') {
            DateMatch numeric = numericDate(text, at, runEnd, next, twoDigitPivot);
            if (numeric != null || next != '-') {
                return numeric;
            }
        }
        DateMatch dayFirst = dayMonthYear(text, at, runEnd, twoDigitPivot);
        return dayFirst != null ? dayFirst : monthDayYear(text, at, runEnd);
    }

    /** 2015-03-12, 2015/3/12 */
    private static DateMatch isoDate(String text, int at, int yearEnd, char sep) {
        int year = number(text, at, yearEnd);
        int monthStart = yearEnd + 1;
        int monthEnd = Chars.digitRunEnd(text, monthStart);
        if (monthEnd - monthStart < 1 || monthEnd - monthStart > 2 || monthEnd >= text.length()
                || text.charAt(monthEnd) != sep) {
            return null;
        }
        int dayStart = monthEnd + 1;
        int dayEnd = Chars.digitRunEnd(text, dayStart);
        if (dayEnd - dayStart < 1 || dayEnd - dayStart > 2 || endsBadly(text, dayEnd) || startsBadly(text, at)) {
            return null;
        }
        return make(at, dayEnd, year, number(text, monthStart, monthEnd), number(text, dayStart, dayEnd));
    }

    /** 12/03/2015, 12.03.15, 12-3-2015 (day first, one separator used twice). */
    private static DateMatch numericDate(String text, int at, int dayEnd, char sep, int pivot) {
        int monthStart = dayEnd + 1;
        int monthEnd = Chars.digitRunEnd(text, monthStart);
        if (monthEnd - monthStart < 1 || monthEnd - monthStart > 2 || monthEnd >= text.length()
                || text.charAt(monthEnd) != sep) {
            return null;
        }
        int yearStart = monthEnd + 1;
        int yearEnd = Chars.digitRunEnd(text, yearStart);
        int yearLength = yearEnd - yearStart;
        if ((yearLength != 2 && yearLength != 4) || endsBadly(text, yearEnd) || startsBadly(text, at)) {
            return null;
        }
        int year = yearOf(number(text, yearStart, yearEnd), yearLength, pivot);
        return make(at, yearEnd, year, number(text, monthStart, monthEnd), number(text, at, dayEnd));
    }

    /** 12 March 2015, 12th Mar 2015, 12th of March, 2015, 12-Mar-15 */
    private static DateMatch dayMonthYear(String text, int at, int dayEnd, int pivot) {
        int n = text.length();
        int p = skipOrdinal(text, dayEnd);
        boolean dashed = p < n && text.charAt(p) == '-';
        if (dashed) {
            p++;
        } else {
            int spaces = skipSpaces(text, p);
            if (spaces == p) {
                return null;
            }
            p = spaces;
            if (p + 2 < n && (text.charAt(p) == 'o' || text.charAt(p) == 'O')
                    && (text.charAt(p + 1) == 'f' || text.charAt(p + 1) == 'F') && Chars.isSpace(text.charAt(p + 2))) {
                p = skipSpaces(text, p + 2);
            }
        }
        int monthEnd = monthWordEnd(text, p);
        if (monthEnd < 0) {
            return null;
        }
        int month = monthOf(text, p, monthEnd);
        int q = monthEnd;
        if (q < n && text.charAt(q) == '.') {
            q++;
        }
        if (dashed) {
            if (q >= n || text.charAt(q) != '-') {
                return null;
            }
            q++;
        } else {
            if (q < n && text.charAt(q) == ',') {
                q++;
            }
            int spaces = skipSpaces(text, q);
            if (spaces == q) {
                return null;
            }
            q = spaces;
        }
        int yearEnd = Chars.digitRunEnd(text, q);
        int yearLength = yearEnd - q;
        if ((yearLength != 4 && !(dashed && yearLength == 2)) || endsBadly(text, yearEnd)) {
            return null;
        }
        int year = yearOf(number(text, q, yearEnd), yearLength, pivot);
        return make(at, yearEnd, year, month, number(text, at, dayEnd));
    }

    /** March 12, 2015 and Mar 12th 2015: the month word stands before the digits at {@code at}. */
    private static DateMatch monthDayYear(String text, int at, int dayEnd) {
        int before = at;
        while (before > 0 && Chars.isInlineSpace(text.charAt(before - 1))) {
            before--;
        }
        if (before == at) {
            return null;
        }
        int wordEnd = before;
        if (wordEnd > 0 && text.charAt(wordEnd - 1) == '.') {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Chars.isAsciiLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || Chars.wordBefore(text, wordStart) || monthWordEnd(text, wordStart) != wordEnd) {
            return null;
        }
        int month = monthOf(text, wordStart, wordEnd);
        int n = text.length();
        int q = skipOrdinal(text, dayEnd);
        if (q < n && text.charAt(q) == ',') {
            q++;
        }
        int spaces = skipSpaces(text, q);
        if (spaces == q) {
            return null;
        }
        int yearEnd = Chars.digitRunEnd(text, spaces);
        if (yearEnd - spaces != 4 || endsBadly(text, yearEnd)) {
            return null;
        }
        return make(wordStart, yearEnd, number(text, spaces, yearEnd), month, number(text, at, dayEnd));
    }

    private static DateMatch make(int start, int end, int year, int month, int day) {
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new DateMatch(start, end, LocalDate.of(year, month, day));
    }

    private static int yearOf(int value, int digits, int pivot) {
        if (digits == 4) {
            return value;
        }
        return value <= pivot ? 2000 + value : 1900 + value;
    }

    /** "st", "nd", "rd", "th" right after the day (any case), else {@code at}. */
    private static int skipOrdinal(String text, int at) {
        if (at + 1 < text.length() && !Chars.wordAt(text, at + 2)) {
            char a = (char) (text.charAt(at) | 0x20);
            char b = (char) (text.charAt(at + 1) | 0x20);
            if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
                return at + 2;
            }
        }
        return at;
    }

    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && Chars.isInlineSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End of a month name or its three-letter (or "Sept") abbreviation starting at {@code at}, or -1. */
    private static int monthWordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && Chars.isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return end > at && monthOf(text, at, end) > 0 ? end : -1;
    }

    private static int monthOf(String text, int start, int end) {
        int length = end - start;
        if (length < 3 || length > 9) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            String name = MONTHS[m];
            if ((length == 3 || length == name.length()) && length <= name.length()
                    && text.regionMatches(true, start, name, 0, length)) {
                return m + 1;
            }
        }
        return length == 4 && text.regionMatches(true, start, "sept", 0, 4) ? 9 : 0;
    }

    private static int number(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** The date would run on into more digits or a longer dotted number (an IP address, a version). */
    private static boolean endsBadly(String text, int end) {
        int n = text.length();
        if (end < n && Chars.isWordChar(text.charAt(end))) {
            return true;
        }
        if (end + 1 < n && Chars.isDigit(text.charAt(end + 1))) {
            char c = text.charAt(end);
            return c == '.' || c == '/' || c == '-';
        }
        return false;
    }

    private static boolean startsBadly(String text, int start) {
        if (start > 0 && Chars.isAsciiLetter(text.charAt(start - 1))) {
            return true;
        }
        if (start > 1 && Chars.isDigit(text.charAt(start - 2))) {
            char c = text.charAt(start - 1);
            return c == '.' || c == '/' || c == '-';
        }
        return false;
    }
}
