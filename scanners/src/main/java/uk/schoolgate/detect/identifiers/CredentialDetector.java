package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.detect.TextWindow;

/**
 * CREDENTIAL: a password, PIN or other login secret written out after password wording
 * ("password: Tr0ub4dor&3", "your PIN is 4821", "username jsmith password Summer2024!", "pw -
 * hawthorn123", "temporary password is Welcome1"), or in a table column headed Password / PIN.
 *
 * <p>A CREDENTIAL quarantines the message, so the value must look like a secret: a PIN is 4 to 8
 * digits; a password has a digit, a symbol or mixed case, or is a single word standing alone
 * after a "Password:" label or in quotes. Words that follow password wording in instructions
 * ("reset your password via the portal", "your password must be 8 characters", "the password will
 * be sent separately", "password-protected", "forgot password?") fail that test, and so do
 * placeholders (****), dates, links and e-mail addresses. Meeting passcodes in a Zoom or Teams
 * invitation are not treated as credentials.
 */
public final class CredentialDetector implements Detector {
    private enum Kind { PASSWORD, PIN, LOGIN }

    /** How the value is introduced: "Password: x" is a label; "password is x" a copula; "pw - x" a dash. */
    private enum Delimiter { LABEL, COPULA, DASH, NONE }

    /** Tuning keys of {@code detectors.credential}. */
    public record Settings(List<String> passwordWords, List<String> pinWords, List<String> loginWords,
                           Keywords headerWords, Keywords exclusionWords, Set<String> stopWords,
                           Set<String> needDelimiter, int minLength, int pinMinLength, int pinMaxLength,
                           int exclusionWindow) {

        static final List<String> PASSWORD = List.of("password", "pass word", "passwd", "pwd", "pw", "p/w", "pword",
                "passcode", "pass code", "passphrase", "pass phrase", "wifi key", "wi-fi key", "network key",
                "access code", "login code", "door code", "alarm code", "key safe code", "keysafe code", "lock code",
                "keypad code", "entry code", "entrance code", "gate code", "staffroom code", "safe code",
                "padlock code", "lockbox code", "building code", "combination code",
                "secret word", "memorable word", "password hint");
        static final List<String> PIN = List.of("pin", "pin number", "pin code", "pin no");
        static final List<String> LOGIN = List.of("login", "log in", "log-in", "logon", "login details",
                "log in details", "credentials", "sign in details", "username and password", "user name and password");
        static final List<String> HEADERS = List.of("password", "passcode", "pin", "pwd", "temporary password",
                "login code", "access code", "initial password");
        static final List<String> EXCLUSIONS = List.of("meeting id", "zoom", "microsoft teams", "teams meeting",
                "webinar", "dial-in", "dial in", "conference id", "join the meeting", "join meeting", "join zoom");
        static final List<String> STOP = List.of("required", "optional", "protected", "protect", "reset", "sent",
                "separately", "same", "below", "above", "attached", "enclosed", "included", "shown", "provided",
                "needed", "different", "secure", "strong", "weak", "blank", "empty", "unchanged", "forgotten", "forgot",
                "changed", "change", "changes", "expired", "expires", "expiry", "incorrect", "wrong", "correct",
                "valid", "invalid", "locked", "unknown", "private", "personal", "confidential", "compulsory",
                "mandatory", "stored", "saved", "working", "sensitive", "must", "should", "will", "can", "cannot",
                "could", "would", "may", "might", "please", "your", "their", "his", "her", "our", "my", "the", "and",
                "for", "via", "with", "from", "see", "here", "there", "this", "that", "these", "those", "have", "has",
                "had", "not", "none", "n/a", "tbc", "tba", "policy", "policies", "manager", "protection", "length",
                "characters", "hint", "reminder", "link", "page", "field", "request", "requests", "details", "username",
                "user", "name", "email", "e-mail", "login", "class", "year", "notes", "comments", "pupil", "student",
                "staff", "teacher", "parent", "account", "accounts", "number", "numbers", "code", "codes", "hidden",
                "redacted", "removed", "withheld", "unavailable", "pending", "issued", "set", "used", "needs", "need",
                "given", "supplied", "printed", "written", "displayed", "emailed", "texted", "again",
                "system", "portal", "website", "app", "access", "security", "section", "settings", "screen",
                "letter", "sheet", "card", "cards", "slip", "slips", "box", "expire", "is", "was", "are", "were",
                "be", "been", "being", "now", "also", "only", "still", "then", "when", "if", "as", "so", "yet",
                "unless", "because", "into", "onto", "about", "after", "before", "while", "once", "every",
                "each", "all", "any", "some", "new", "old", "temporary", "default", "initial", "current",
                "previous", "first", "last", "next", "another", "other");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            Set<String> stop = new HashSet<>();
            for (String w : Lexicons.words(node, resources, "stop_words", STOP)) {
                stop.add(w.strip().toLowerCase(Locale.ROOT));
            }
            Set<String> weak = new HashSet<>();
            for (String w : node.stringList("need_delimiter", List.of("pin", "pw", "pwd", "p/w", "pword", "login",
                    "log in", "logon", "credentials"))) {
                weak.add(w.strip().toLowerCase(Locale.ROOT));
            }
            return new Settings(
                    Lexicons.words(node, resources, "password_words", PASSWORD),
                    Lexicons.words(node, resources, "pin_words", PIN),
                    Lexicons.words(node, resources, "login_words", LOGIN),
                    Lexicons.keywords(node, resources, "header_words", HEADERS),
                    Lexicons.keywords(node, resources, "exclusion_words", EXCLUSIONS),
                    Set.copyOf(stop),
                    Set.copyOf(weak),
                    node.intValue("min_length", 4, 1, 64),
                    node.intValue("pin_min_length", 4, 1, 16),
                    node.intValue("pin_max_length", 8, 1, 16),
                    node.intValue("exclusion_window", 300, 0, 5000));
        }
    }

    /** A value read after password wording: where it lies, how it was introduced, whether quoted. */
    private record Value(int start, int end, Delimiter delimiter, boolean quoted, boolean standalone) {
    }

    private static final int MAX_VALUE = 64;

    private final Settings settings;
    private final Keywords allWords;
    private final Map<String, Kind> kinds = new HashMap<>();

    public CredentialDetector(Settings settings) {
        this.settings = settings;
        List<String> all = new ArrayList<>();
        for (String w : settings.passwordWords()) {
            kinds.put(norm(w), Kind.PASSWORD);
            all.add(w);
        }
        for (String w : settings.pinWords()) {
            kinds.put(norm(w), Kind.PIN);
            all.add(w);
        }
        for (String w : settings.loginWords()) {
            kinds.put(norm(w), Kind.LOGIN);
            all.add(w);
        }
        this.allWords = Keywords.of(all);
    }

    public static CredentialDetector create(ConfigNode node, DetectorResources resources) {
        return new CredentialDetector(Settings.read(node, resources));
    }

    private static String norm(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        int pos = 0;
        int n = text.length();
        int coveredTo = 0;
        while (pos < n) {
            Keywords.Hit hit = allWords.first(text, pos, n);
            if (hit == null) {
                break;
            }
            pos = hit.end();
            if (hit.start() < coveredTo) {
                continue;
            }
            if (ctx == null) {
                ctx = new SegmentContext(segment, earlier);
            }
            Kind kind = kinds.getOrDefault(hit.phrase(), Kind.PASSWORD);
            if (ctx.isTableRow(hit.start()) && ctx.tables().looksLikeHeaderRow(hit.start())) {
                int end = readColumn(ctx, hit, kind, found);
                coveredTo = Math.max(coveredTo, end);
                pos = Math.max(pos, end);
                continue;
            }
            Finding finding = inline(ctx, hit, kind);
            if (finding != null) {
                found.add(finding);
                coveredTo = finding.end();
                pos = Math.max(pos, finding.end());
            }
        }
        for (CredentialPairs.Secret secret : CredentialPairs.find(text)) {
            if (found.stream().noneMatch(f -> f.start() < secret.end() && secret.start() < f.end())) {
                if (ctx == null) {
                    ctx = new SegmentContext(segment, earlier);
                }
                if (!excludedByContext(ctx, secret.start())) {
                    found.add(Finding.of(FindingType.CREDENTIAL, segment, secret.start(), secret.end(), 0.9,
                            ctx.subject(secret.start(), null), secret.rule()));
                }
            }
        }
        return found;
    }

    /** A secret written right after the password wording, or null. */
    private Finding inline(SegmentContext ctx, Keywords.Hit hit, Kind kind) {
        String text = ctx.text();
        Value value = readValue(text, hit.end());
        if (value == null) {
            return null;
        }
        boolean weakWord = settings.needDelimiter().contains(hit.phrase())
                && !(kind == Kind.PIN && text.regionMatches(hit.start(), "PIN", 0, 3));
        if (weakWord && value.delimiter() == Delimiter.NONE) {
            return null;
        }
        if (kind == Kind.LOGIN) {
            value = secretOfPair(text, value);
            if (value == null) {
                return null;
            }
        }
        String token = text.substring(value.start(), value.end());
        double confidence = score(token, kind, value);
        if (confidence <= 0 || excludedByContext(ctx, hit.start())) {
            return null;
        }
        String introduced = switch (value.delimiter()) {
            case LABEL -> "label";
            case COPULA -> "'is'";
            case DASH -> "dash";
            case NONE -> "space";
        };
        String what = kind == Kind.PIN ? "PIN" : "secret";
        return Finding.of(FindingType.CREDENTIAL, ctx.segment(), value.start(), value.end(), confidence,
                ctx.subject(value.start(), null),
                what + " written after '" + hit.phrase() + "' (" + introduced + ")");
    }

    /** Values in a Password / PIN column under its header; returns where the table ends. */
    private int readColumn(SegmentContext ctx, Keywords.Hit hit, Kind kind, List<Finding> found) {
        String text = ctx.text();
        TextWindow headerCell = ctx.tables().cellAt(hit.start());
        String header = headerCell.of(text);
        Keywords.Hit headerHit = settings.headerWords().first(header, 0, header.length());
        int end = ctx.line(hit.start()).end();
        if (headerHit == null || header.length() > 30) {
            return end;
        }
        boolean excluded = excludedByContext(ctx, hit.start());
        for (TextWindow cell : ctx.tables().columnBelow(hit.start())) {
            end = Math.max(end, cell.end());
            if (excluded || cell.end() <= cell.start()) {
                continue;
            }
            String token = cell.of(text);
            boolean pinColumn = headerHit.phrase().equals("pin");
            if (!columnValue(token, pinColumn)) {
                continue;
            }
            found.add(Finding.of(FindingType.CREDENTIAL, ctx.segment(), cell.start(), cell.end(), 0.9,
                    ctx.subject(cell.start(), null), "value in a column headed '" + headerHit.phrase() + "'"));
        }
        return ctx.line(end > 0 ? end - 1 : 0).end();
    }

    private boolean columnValue(String token, boolean pin) {
        if (token.isEmpty() || token.length() > MAX_VALUE || hasSpace(token) || isPlaceholder(token)) {
            return false;
        }
        if (pin) {
            return allDigits(token) && token.length() >= settings.pinMinLength() && token.length() <= settings.pinMaxLength();
        }
        return token.length() >= settings.minLength() && !settings.stopWords().contains(token.toLowerCase(Locale.ROOT))
                && !looksLikeOtherData(token);
    }

    /**
     * Reads what follows the password wording: an optional "(temporary)", an optional "for the
     * portal" clause that must end in "is" or ":", the delimiter, then the value (quoted, or a run
     * of non-space characters without trailing punctuation).
     */
    private Value readValue(String text, int from) {
        int n = text.length();
        int p = skipInline(text, from);
        if (p < n && text.charAt(p) == '(') {
            int close = text.indexOf(')', p);
            if (close > p && close - p <= 15 && isLetters(text, p + 1, close)) {
                p = skipInline(text, close + 1);
            }
        }
        if (p < n && wordAt(text, p, "for")) {
            int clauseEnd = forClauseEnd(text, p);
            if (clauseEnd < 0) {
                return null;
            }
            p = skipInline(text, clauseEnd);
        }
        Delimiter delimiter = Delimiter.NONE;
        if (p < n && (text.charAt(p) == ':' || text.charAt(p) == '=')) {
            delimiter = Delimiter.LABEL;
            p++;
            if (p < n && (text.charAt(p) == '-' || text.charAt(p) == '>')) {
                p++;
            }
        } else if (p < n && (text.charAt(p) == '-' || text.charAt(p) == '\u2013' || text.charAt(p) == '\u2014')) {
            delimiter = Delimiter.DASH;
            p++;
        } else if (p < n && text.charAt(p) == '\t') {
            delimiter = Delimiter.LABEL; // the next cell of a two-column table
            while (p < n && (text.charAt(p) == '\t' || Chars.isInlineSpace(text.charAt(p)))) {
                p++;
            }
        } else {
            int copula = copulaEnd(text, p);
            if (copula > p) {
                delimiter = Delimiter.COPULA;
                p = copula;
                p = skipInline(text, p);
                if (p < n && text.charAt(p) == ':') {
                    delimiter = Delimiter.LABEL; // "your password is: x"
                    p++;
                }
            }
        }
        p = skipInline(text, p);
        if (delimiter == Delimiter.LABEL && p < n && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p = skipInline(text, text.indexOf('\n', p) + 1);
        }
        if (p >= n) {
            return null;
        }
        char open = text.charAt(p);
        char close = closingQuote(open);
        if (close != 0) {
            int end = text.indexOf(close, p + 1);
            if (end > p + 1 && end - p - 1 <= MAX_VALUE && !hasLineBreak(text, p + 1, end)) {
                return new Value(p + 1, end, delimiter, true, true);
            }
            return null;
        }
        int end = p;
        while (end < n && !Chars.isSpace(text.charAt(end)) && end - p < MAX_VALUE) {
            end++;
        }
        while (end > p && ".,;:)]}\"'\u2019\u201d>".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == p) {
            return null;
        }
        int after = skipInline(text, end);
        while (after < n && ".,;".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        boolean standalone = after >= n || text.charAt(after) == '\n' || text.charAt(after) == '\r'
                || text.charAt(after) == '\t';
        return new Value(p, end, delimiter, false, standalone);
    }

    /** "login: jsmith / Summer2024!": the secret is the second of the pair. */
    private static Value secretOfPair(String text, Value first) {
        int n = text.length();
        String token = text.substring(first.start(), first.end());
        int slash = token.indexOf('/');
        if (slash > 0 && slash < token.length() - 1) {
            return new Value(first.start() + slash + 1, first.end(), first.delimiter(), false, first.standalone());
        }
        int p = skipInline(text, first.end());
        if (p < n && (text.charAt(p) == '/' || text.charAt(p) == '|')) {
            p = skipInline(text, p + 1);
            int end = p;
            while (end < n && !Chars.isSpace(text.charAt(end)) && end - p < MAX_VALUE) {
                end++;
            }
            while (end > p && ".,;:)]}\"'".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            return end > p ? new Value(p, end, first.delimiter(), false, true) : null;
        }
        return null;
    }

    /**
     * Confidence that {@code token} is a secret of {@code kind}, or 0 when it is not one. The
     * stronger the shape (digits and letters, symbols) and the delimiter (a label), the higher.
     */
    private double score(String token, Kind kind, Value value) {
        if (token.length() > MAX_VALUE || isPlaceholder(token) || looksLikeOtherData(token)) {
            return 0;
        }
        if (kind == Kind.PIN) {
            return allDigits(token) && token.length() >= settings.pinMinLength()
                    && token.length() <= settings.pinMaxLength() ? 0.9 : 0;
        }
        if (token.length() < settings.minLength()) {
            return 0;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (settings.stopWords().contains(lower) || lower.startsWith("(") || lower.startsWith("[")
                || lower.startsWith("<")) {
            return 0;
        }
        boolean digit = false;
        boolean letter = false;
        boolean symbol = false;
        boolean camel = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Chars.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                letter = true;
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(token.charAt(i - 1))) {
                    camel = true;
                }
            } else if (c != '-' && c != '\'' && c != '\u2019') {
                symbol = true;
            }
        }
        double strength = switch (value.delimiter()) {
            case LABEL -> 0.95;
            case COPULA -> 0.9;
            case DASH, NONE -> 0.85;
        };
        if (digit && letter) {
            return strength;
        }
        if (digit) {
            return value.delimiter() == Delimiter.NONE ? 0 : 0.85;
        }
        if (symbol && letter && !isAbbreviation(token)) {
            return value.delimiter() == Delimiter.NONE ? 0 : strength - 0.05;
        }
        if (camel && (value.delimiter() == Delimiter.LABEL || value.delimiter() == Delimiter.COPULA)) {
            return 0.8;
        }
        if (letter && token.length() >= 5 && (value.quoted()
                || value.delimiter() == Delimiter.LABEL && value.standalone())) {
            return 0.7;
        }
        return 0;
    }

    /** Meeting invitations carry passcodes as a matter of course; they are not leaked secrets. */
    private boolean excludedByContext(SegmentContext ctx, int at) {
        if (settings.exclusionWords().isEmpty()) {
            return false;
        }
        TextWindow para = ctx.paragraph(at, settings.exclusionWindow());
        int from = Math.max(para.start(), at - settings.exclusionWindow());
        int to = Math.min(para.end(), at + settings.exclusionWindow());
        return settings.exclusionWords().any(ctx.text(), from, to);
    }

    /** Dates, times, amounts, links and e-mail addresses are not secrets. */
    private static boolean looksLikeOtherData(String token) {
        if (token.contains("://") || token.toLowerCase(Locale.ROOT).startsWith("www.")) {
            return true;
        }
        int at = token.indexOf('@');
        if (at > 0 && token.indexOf('.', at) > at + 1) {
            return true;
        }
        char first = token.charAt(0);
        if (first == '£' || first == '$' || first == '€') {
            return true;
        }
        if (Chars.isDigit(first)) {
            DateParser.DateMatch date = DateParser.parseAt(token, 0, 99);
            if (date != null && date.end() == token.length()) {
                return true;
            }
            if (token.matches("\\d{1,2}[:.]\\d{2}(?:[ap]m)?")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceholder(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if ("*•xX#._-?".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "e.g." "i.e." "etc." */
    private static boolean isAbbreviation(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '.') {
                return false;
            }
        }
        return token.indexOf('.') >= 0;
    }

    private static boolean allDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Chars.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    private static boolean hasSpace(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Chars.isSpace(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static char closingQuote(char open) {
        return switch (open) {
            case '"' -> '"';
            case '\'' -> '\'';
            case '\u2018' -> '\u2019';
            case '\u201c' -> '\u201d';
            default -> 0;
        };
    }

    private static int skipInline(String text, int from) {
        int p = from;
        while (p < text.length() && Chars.isInlineSpace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.isAsciiLetter(text.charAt(i)) && text.charAt(i) != ' ') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean wordAt(String text, int at, String word) {
        return text.regionMatches(true, at, word, 0, word.length()) && !Chars.wordAt(text, at + word.length());
    }

    /**
     * "for the parent portal is" / "for guests:": up to nine words, ending where "is", "are" or a
     * colon follows; -1 if the clause runs on (then it was not introducing a value).
     */
    private static int forClauseEnd(String text, int at) {
        int p = at + 3;
        for (int words = 0; words < 10; words++) {
            p = skipInline(text, p);
            if (p >= text.length()) {
                return -1;
            }
            char c = text.charAt(p);
            if (c == ':' || c == '=' || c == '-' || c == '\t') {
                return p;
            }
            if (wordAt(text, p, "is") || wordAt(text, p, "are") || wordAt(text, p, "was")) {
                return p;
            }
            int end = p;
            while (end < text.length() && !Chars.isSpace(text.charAt(end)) && text.charAt(end) != ':') {
                end++;
            }
            if (end == p) {
                return -1;
            }
            p = end;
        }
        return -1;
    }

    /** End of "is", "is now", "was", "are", "set to", "reset to", "changed to", "has been reset to", "of". */
    private static int copulaEnd(String text, int p) {
        String[][] forms = {{"has", "been", "reset", "to"}, {"has", "been", "changed", "to"}, {"has", "been", "set", "to"},
            {"is", "now"}, {"is", "still"}, {"is"}, {"was"}, {"are"}, {"now"}, {"set", "to"}, {"reset", "to"},
            {"changed", "to"}, {"of"}};
        for (String[] form : forms) {
            int q = p;
            boolean ok = true;
            for (String word : form) {
                q = skipInline(text, q);
                if (!wordAt(text, q, word)) {
                    ok = false;
                    break;
                }
                q += word.length();
            }
            if (ok) {
                return q;
            }
        }
        return p;
    }
}
