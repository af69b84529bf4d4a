package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * PAYMENT_CARD: a Luhn-valid number with a card scheme's prefix and length (Visa, Mastercard,
 * American Express, Maestro, Discover, Diners Club, JCB, UnionPay), contiguous or in groups
 * (4-4-4-4, 4-4-4-4-3, Amex 4-6-5, Diners 4-6-4) separated by spaces or hyphens. With card wording
 * nearby ("card", "Visa", "expiry", "CVV", "long number") it is certain, test numbers such as
 * 4111 1111 1111 1111 included. Without it, a number grouped the way cards are printed is still
 * a finding at lower confidence; an ungrouped run of digits is not (order and tracking numbers).
 */
public final class PaymentCardDetector implements Detector {
    /** Tuning keys of {@code detectors.payment_card}. */
    public record Settings(Keywords cardWords, Keywords referenceWords, Keywords headerWords, int contextBefore,
                           int contextAfter, boolean groupedWithoutContext) {

        static final List<String> CARD = List.of("card", "card number", "card no", "credit card", "debit card",
                "visa", "mastercard", "master card", "amex", "american express", "maestro", "discover", "diners",
                "jcb", "expiry", "exp", "expires", "expiry date", "valid thru", "valid from", "cvv", "cvc", "cv2",
                "security code", "long number", "cardholder", "card holder", "name on card", "pan", "payment");
        static final List<String> REFERENCE = List.of("order", "order no", "order number", "invoice", "ref",
                "reference", "tracking", "track", "parcel", "consignment", "policy", "account number", "a/c",
                "membership", "serial", "imei", "barcode", "isbn", "transaction id", "booking", "voucher", "gift voucher",
                "coupon", "promo", "promotion code", "code", "ticket", "confirmation", "customer number", "member number",
                "licence", "license", "serial number");
        static final List<String> HEADERS = List.of("card", "card number", "pan", "long number");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            return new Settings(
                    Lexicons.keywords(node, resources, "card_words", CARD),
                    Lexicons.keywords(node, resources, "reference_words", REFERENCE),
                    Lexicons.keywords(node, resources, "header_words", HEADERS),
                    node.intValue("context_before", 80, 0, 1000),
                    node.intValue("context_after", 60, 0, 1000),
                    node.bool("grouped_without_context", true));
        }
    }

    /** A candidate number at [start, end): its digits and whether it is grouped as cards are printed. */
    private record Candidate(int start, int end, String digits, boolean cardGrouping) {
    }

    private final Settings settings;

    public PaymentCardDetector(Settings settings) {
        this.settings = settings;
    }

    public static PaymentCardDetector create(ConfigNode node, DetectorResources resources) {
        return new PaymentCardDetector(Settings.read(node, resources));
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        DigitRuns runs = DigitRuns.of(text);
        int consumed = 0;
        for (int r = 0; r < runs.count(); r++) {
            int i = runs.start(r);
            int length = runs.length(r);
            if (i < consumed || (length != 4 && (length < 13 || length > 19)) || Chars.wordBefore(text, i)
                    || (i > 1 && Chars.isDigit(text.charAt(i - 2))
                    && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-'))) {
                continue;
            }
            Candidate c = read(text, i);
            if (c == null) {
                continue;
            }
            consumed = c.end();
            String scheme = scheme(c.digits());
            if (scheme == null || !CheckDigits.luhnValid(c.digits())) {
                continue;
            }
            if (ctx == null) {
                ctx = new SegmentContext(segment, earlier);
            }
            Finding finding = judge(ctx, c, scheme);
            if (finding != null) {
                found.add(finding);
            }
        }
        return found;
    }

    private Finding judge(SegmentContext ctx, Candidate c, String scheme) {
        String text = ctx.text();
        String header = ctx.headerWord(settings.headerWords(), c.start());
        String context = header != null ? header
                : ctx.contextWord(settings.cardWords(), c.start(), c.end(), settings.contextBefore(), settings.contextAfter());
        if (context != null) {
            return Finding.of(FindingType.PAYMENT_CARD, ctx.segment(), c.start(), c.end(), 0.95,
                    ctx.subject(c.start(), null), scheme + " number, Luhn valid; " + (header != null ? "" : "context ") + context);
        }
        if (!c.cardGrouping() || !settings.groupedWithoutContext()) {
            return null;
        }
        int lineStart = ctx.line(c.start()).start();
        if (settings.referenceWords().any(text, Math.max(lineStart, c.start() - 30), c.start())) {
            return null;
        }
        return Finding.of(FindingType.PAYMENT_CARD, ctx.segment(), c.start(), c.end(), 0.6,
                ctx.subject(c.start(), null), scheme + " number, Luhn valid, grouped like a card; no card context");
    }

    /** Reads 13 to 19 digits: contiguous, or in groups with one consistent separator. */
    private static Candidate read(String text, int start) {
        int n = text.length();
        int first = Chars.digitRunEnd(text, start);
        int firstLength = first - start;
        if (firstLength >= 13 && firstLength <= 19) {
            return Chars.wordAt(text, first) || Chars.joinedToNumber(text, start, first) ? null
                    : new Candidate(start, first, text.substring(start, first), false);
        }
        if (firstLength != 4 || first >= n) {
            return null;
        }
        char sep = text.charAt(first);
        if (sep != ' ' && sep != '-' && sep != '\u00A0') {
            return null;
        }
        List<Integer> groups = new ArrayList<>();
        groups.add(4);
        StringBuilder digits = new StringBuilder(19).append(text, start, first);
        int p = first;
        while (p < n && text.charAt(p) == sep && p + 1 < n && Chars.isDigit(text.charAt(p + 1)) && digits.length() < 19) {
            int groupEnd = Chars.digitRunEnd(text, p + 1);
            groups.add(groupEnd - p - 1);
            digits.append(text, p + 1, groupEnd);
            p = groupEnd;
        }
        if (digits.length() < 13 || digits.length() > 19 || Chars.wordAt(text, p)
                || (p + 1 < n && (text.charAt(p) == '.' || text.charAt(p) == '/' || text.charAt(p) == sep)
                    && Chars.isDigit(text.charAt(p + 1)))) {
            return null;
        }
        return new Candidate(start, p, digits.toString(), cardGrouping(groups));
    }

    /** 4-4-4-4, 4-4-4-4-3 (19 digits), 4-4-4-1 (13), Amex 4-6-5, Diners 4-6-4. */
    private static boolean cardGrouping(List<Integer> groups) {
        if (groups.size() >= 4) {
            for (int k = 0; k < groups.size() - 1; k++) {
                if (groups.get(k) != 4) {
                    return false;
                }
            }
            int last = groups.get(groups.size() - 1);
            return last >= 1 && last <= 4;
        }
        return groups.size() == 3 && groups.get(1) == 6 && (groups.get(2) == 5 || groups.get(2) == 4);
    }

    /** The card scheme whose prefix and length the number has, or null. */
    static String scheme(String d) {
        int length = d.length();
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        int p6 = Integer.parseInt(d.substring(0, 6));
        if (d.charAt(0) == '4' && (length == 13 || length == 16 || length == 19)) {
            return "Visa";
        }
        if ((p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && length == 16) {
            return "Mastercard";
        }
        if ((p2 == 34 || p2 == 37) && length == 15) {
            return "American Express";
        }
        if ((p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65) && length >= 16 && length <= 19) {
            return "Discover";
        }
        if ((p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) && length >= 14 && length <= 19) {
            return "Diners Club";
        }
        if (p4 >= 3528 && p4 <= 3589 && length >= 16 && length <= 19) {
            return "JCB";
        }
        if (p2 == 62 && length >= 16 && length <= 19) {
            return "UnionPay";
        }
        if ((p2 == 50 || p2 >= 56 && p2 <= 58 || p6 >= 675900 && p6 <= 675999 || p4 == 6304 || p4 == 6759
                || p4 == 6761 || p4 == 6763) && length >= 16 && length <= 19) {
            return "Maestro";
        }
        return null;
    }
}
