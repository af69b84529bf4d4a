package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.detect.TextWindow;

/**
 * BANK_ACCOUNT: a UK sort code (20-00-00, 20 00 00, or 200000 after "sort code") with an 8-digit
 * account number near it (same row, sentence or a few lines), where bank wording says what they
 * are ("sort code", "account number", "a/c", "bank", or Sort code / Account columns); or a valid
 * IBAN (right length for its country, mod-97 check), with or without spaces. A sort code alone or
 * an account number alone is not a finding. Any bank details count, the school's own included
 * (policy 002 s4: bank details are never sent by email); {@code allow_list} can exempt some.
 */
public final class BankAccountDetector implements Detector {
    /** Tuning keys of {@code detectors.bank_account}. */
    public record Settings(Keywords sortCodeWords, Keywords accountWords, Keywords bankWords, Keywords headerWords,
                           int pairWindow, int contextBefore, Set<String> allowList) {

        static final List<String> SORT_CODE = List.of("sort code", "sortcode", "s/c");
        static final List<String> ACCOUNT = List.of("account number", "account no", "account num", "acc no",
                "acct no", "a/c", "a/c no", "account", "acc", "acct", "bank account", "bank details");
        static final List<String> BANK = List.of("bank", "bacs", "payee", "account name", "building society",
                "iban", "bic", "swift", "bank transfer", "pay into", "paid into", "banking", "details for payment",
                "standing order", "direct debit");
        static final List<String> HEADERS = List.of("sort code", "sortcode", "account", "acc no", "a/c", "bank");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            Set<String> allow = new HashSet<>();
            for (String entry : Lexicons.words(node, resources, "allow_list", List.of())) {
                allow.add(Chars.compact(entry));
            }
            return new Settings(
                    Lexicons.keywords(node, resources, "sort_code_words", SORT_CODE),
                    Lexicons.keywords(node, resources, "account_words", ACCOUNT),
                    Lexicons.keywords(node, resources, "bank_words", BANK),
                    Lexicons.keywords(node, resources, "header_words", HEADERS),
                    node.intValue("pair_window", 80, 1, 1000),
                    node.intValue("context_before", 30, 0, 500),
                    Set.copyOf(allow));
        }
    }

    /** Which bank wording was found, and the description for the finding's rule. */
    private record Context(boolean sortCodeNamed, boolean accountNamed, String why) {
    }

    /** A number at [start, end) with its digits. */
    private record Number(int start, int end, String digits, boolean formatted) {
    }

    private final Settings settings;

    public BankAccountDetector(Settings settings) {
        this.settings = settings;
    }

    public static BankAccountDetector create(ConfigNode node, DetectorResources resources) {
        return new BankAccountDetector(Settings.read(node, resources));
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Number> sortCodes = new ArrayList<>();
        List<Number> accounts = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        DigitRuns runs = DigitRuns.of(text);
        int consumed = 0;
        for (int r = 0; r < runs.count(); r++) {
            int i = runs.start(r);
            int runEnd = runs.end(r);
            if (i < consumed) {
                continue;
            }
            if (i >= 2 && Chars.isUpper(text.charAt(i - 1))) {
                Ibans.Iban iban = Ibans.at(text, i);
                if (iban != null) {
                    if (!settings.allowList().contains(iban.compact())) {
                        if (ctx == null) {
                            ctx = new SegmentContext(segment, earlier);
                        }
                        found.add(Finding.of(FindingType.BANK_ACCOUNT, segment, iban.start(), iban.end(), 0.95,
                                ctx.subject(iban.start(), null), "IBAN, valid length and mod-97 check"));
                    }
                    consumed = iban.end();
                    continue;
                }
            }
            if (Chars.wordBefore(text, i)) {
                continue;
            }
            Number sortCode = sortCodeAt(text, i, runEnd);
            if (sortCode != null) {
                sortCodes.add(sortCode);
                consumed = sortCode.end();
                continue;
            }
            Number account = accountAt(text, i, runEnd);
            if (account != null) {
                accounts.add(account);
                consumed = account.end();
            }
        }
        if (sortCodes.isEmpty() || accounts.isEmpty()) {
            return found;
        }
        if (ctx == null) {
            ctx = new SegmentContext(segment, earlier);
        }
        boolean[] usedAccount = new boolean[accounts.size()];
        for (Number sortCode : sortCodes) {
            Finding pair = pairUp(ctx, sortCode, accounts, usedAccount);
            if (pair != null) {
                found.add(pair);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * 20-00-00, 20 00 00, 20–00–00, or six digits in a row. A hyphen may be followed by a line
     * break where a PDF wrapped the line ("sort code 30-" / "96-26").
     */
    private static Number sortCodeAt(String text, int start, int runEnd) {
        int n = text.length();
        if (runEnd - start == 6) {
            return Chars.joinedToNumber(text, start, runEnd) || Chars.wordAt(text, runEnd) ? null
                    : new Number(start, runEnd, text.substring(start, runEnd), false);
        }
        if (runEnd - start != 2 || runEnd >= n) {
            return null;
        }
        char sep = text.charAt(runEnd);
        if (sep != '-' && sep != ' ' && sep != '\u2013' && sep != '\u00A0') {
            return null;
        }
        int secondStart = afterSeparator(text, runEnd, sep);
        int second = Chars.digitRunEnd(text, secondStart);
        if (second - secondStart != 2 || second >= n || text.charAt(second) != sep) {
            return null;
        }
        int thirdStart = afterSeparator(text, second, sep);
        int third = Chars.digitRunEnd(text, thirdStart);
        if (third - thirdStart != 2 || Chars.wordAt(text, third) || Chars.joinedToNumber(text, start, third)) {
            return null;
        }
        return new Number(start, third, Chars.digitsOf(text, start, third), true);
    }

    /** Where the next digit group starts after a separator, skipping a line break after a hyphen. */
    private static int afterSeparator(String text, int at, char sep) {
        int p = at + 1;
        if (sep != ' ' && p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
                p++;
            }
        }
        return p;
    }

    /** Eight digits, or 4 + 4 with a space. */
    private static Number accountAt(String text, int start, int runEnd) {
        int n = text.length();
        if (runEnd - start == 8) {
            return Chars.joinedToNumber(text, start, runEnd) || Chars.wordAt(text, runEnd) ? null
                    : new Number(start, runEnd, text.substring(start, runEnd), false);
        }
        if (runEnd - start == 4 && runEnd + 1 < n && text.charAt(runEnd) == ' ') {
            int second = Chars.digitRunEnd(text, runEnd + 1);
            if (second - runEnd - 1 == 4 && !Chars.wordAt(text, second) && !Chars.joinedToNumber(text, start, second)) {
                return new Number(start, second, Chars.digitsOf(text, start, second), true);
            }
        }
        return null;
    }

    /** The account number that goes with {@code sortCode}, as one finding, or null. */
    private Finding pairUp(SegmentContext ctx, Number sortCode, List<Number> accounts, boolean[] used) {
        String text = ctx.text();
        boolean row = ctx.isTableRow(sortCode.start());
        TextWindow rowLine = row ? ctx.line(sortCode.start()) : null;
        Number best = null;
        int bestIndex = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = 0; k < accounts.size(); k++) {
            Number account = accounts.get(k);
            if (used[k]) {
                continue;
            }
            int distance = account.start() >= sortCode.end() ? account.start() - sortCode.end() : sortCode.start() - account.end();
            boolean near = row ? rowLine.contains(account.start())
                    : distance <= settings.pairWindow() && !blankLineBetween(text, sortCode, account);
            if (near && distance < bestDistance) {
                best = account;
                bestIndex = k;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        Context why = context(ctx, sortCode, best);
        if (why == null || (!sortCode.formatted() && !why.sortCodeNamed())) {
            return null; // six bare digits are a sort code only when called one
        }
        if (settings.allowList().contains(sortCode.digits() + best.digits())
                || settings.allowList().contains(best.digits())) {
            return null;
        }
        used[bestIndex] = true;
        int start = Math.min(sortCode.start(), best.start());
        int end = Math.max(sortCode.end(), best.end());
        double confidence = why.sortCodeNamed() && why.accountNamed() ? 0.97 : 0.9;
        return Finding.of(FindingType.BANK_ACCOUNT, ctx.segment(), start, end, confidence, ctx.subject(start, null),
                "sort code with account number; " + why.why());
    }

    /** The bank wording that makes the pair bank details, described; null if there is none. */
    private Context context(SegmentContext ctx, Number sortCode, Number account) {
        String text = ctx.text();
        List<String> reasons = new ArrayList<>();
        boolean sortNamed = true;
        boolean accountNamed = true;
        Keywords.Hit sort = settings.sortCodeWords().last(text, lineBound(ctx, sortCode.start()), sortCode.start());
        if (sort != null) {
            reasons.add("'" + sort.phrase() + "' before the sort code");
        } else if (ctx.headerWord(settings.headerWords(), sortCode.start()) != null
                && ctx.headerAt(sortCode.start()).toLowerCase(java.util.Locale.ROOT).contains("sort")) {
            reasons.add("sort code column");
        } else {
            sortNamed = false;
        }
        Keywords.Hit acc = settings.accountWords().last(text, lineBound(ctx, account.start()), account.start());
        if (acc != null) {
            reasons.add("'" + acc.phrase() + "' before the account number");
        } else if (ctx.headerWord(settings.headerWords(), account.start()) != null) {
            reasons.add("account column");
        } else {
            accountNamed = false;
        }
        if (reasons.isEmpty()) {
            TextWindow record = ctx.record(Math.min(sortCode.start(), account.start()));
            Keywords.Hit bank = settings.bankWords().first(text, record.start(), record.end());
            if (bank != null) {
                reasons.add("'" + bank.phrase() + "' nearby");
            }
        }
        return reasons.isEmpty() ? null : new Context(sortNamed, accountNamed, String.join(", ", reasons));
    }

    private int lineBound(SegmentContext ctx, int at) {
        TextWindow line = ctx.line(at);
        int from = at - settings.contextBefore();
        // "Sort code:" may sit on the line above its number in a form.
        return Math.max(0, Math.max(from, line.start() - settings.contextBefore()));
    }

    private static boolean blankLineBetween(String text, Number a, Number b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
                if (newlines >= 2) {
                    return true;
                }
            } else if (!Chars.isSpace(c)) {
                newlines = 0;
            }
        }
        return false;
    }
}
