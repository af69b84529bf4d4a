package uk.schoolgate.detect.identifiers;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Organisation;
import uk.schoolgate.config.Parent;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.detect.TextWindow;

/**
 * PHONE_NUMBER: a person's phone number in a UK format. Mobiles (07...) are personal unless the
 * words nearest to them say an organisation owns them ("school mobile", "office", "Ltd");
 * landlines (01..., 02...) count only when attributed to a person or family ("mum's number",
 * "home:", a parent's name, a pupil named in the same sentence, a contacts table with a name
 * column). Non-geographic numbers (03, 05, 08, 09) belong to organisations and are never
 * findings, nor are the school's own number, configured organisations' numbers and the
 * allow-list. Numbers are checked with libphonenumber (region GB) for a possible length of their
 * type, not for allocation, so Ofcom's drama ranges (07700 900xxx, 01632 960xxx) count.
 */
public final class PhoneNumberDetector implements Detector {
    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();

    /** Tuning keys of {@code detectors.phone_number}. */
    public record Settings(Keywords personWords, Keywords organisationWords, Keywords referenceWords,
                           Keywords personHeaderWords, Keywords nameHeaderWords, Keywords organisationHeaderWords,
                           int contextBefore, int contextAfter, List<String> mobilePrefixes,
                           List<String> landlinePrefixes, Set<String> allowList, boolean parentNames) {

        static final List<String> PERSON = List.of("mum", "mum's", "mom", "mummy", "mother", "dad", "dad's",
                "daddy", "father", "parent", "parents", "parent's", "carer", "carers", "guardian", "grandma",
                "grandmother", "granny", "nan", "nana", "nanna", "grandad", "granddad", "grandfather", "grandparent",
                "grandparents", "aunt", "auntie", "aunty", "uncle", "stepmum", "stepdad", "step-mum", "step-dad",
                "sister", "brother", "husband", "wife", "partner", "son", "daughter", "family", "childminder",
                "home", "home phone", "home tel", "home number", "landline", "mobile", "mob", "mobile number",
                "mobile no", "cell", "personal", "personal number", "my number", "my mobile", "my phone",
                "his number", "her number", "their number", "his mobile", "her mobile", "their mobile",
                "'s number", "'s mobile", "'s phone", "'s landline", "'s home", "emergency contact",
                "contact number", "next of kin", "whatsapp", "text me", "call me", "ring me", "reach me",
                "contact me", "evenings", "mr", "mrs", "ms", "miss");
        static final List<String> ORGANISATION = List.of("helpline", "help line", "advice line", "hotline",
                "reception", "switchboard", "office", "school office", "main office", "front office",
                "school mobile", "office mobile", "trip mobile", "duty mobile", "work mobile", "school phone",
                "school's mobile", "school's mobile number", "school mobile number", "school's number", "school's phone",
                "office number", "office mobile number", "trip mobile number", "duty mobile number",
                "ltd", "limited", "plc", "llp", "inc", "council", "nhs", "nhs 111", "hospital", "surgery",
                "practice", "clinic", "pharmacy", "department", "dept", "services", "service", "team", "enquiries",
                "enquiry", "general enquiries", "customer", "customers", "support", "freephone", "fax",
                "headquarters", "head office", "main number", "booking", "bookings", "police", "childline",
                "samaritans", "centre", "academy", "trust", "college", "university", "school", "nursery",
                "agency", "company", "authority", "unit", "desk", "booking line", "home office", "www", "http",
                "duty manager", "manager's number", "manager's mobile", "receptionist", "duty officer",
                "on-call", "on call", "outdoor centre", "activity centre", "venue", "site");
        static final List<String> REFERENCE = List.of("order", "order no", "order number", "invoice", "inv",
                "ref", "reference", "account", "a/c", "acc", "acct", "policy", "case", "case no", "ticket",
                "booking ref", "receipt", "transaction", "serial", "tracking", "claim", "membership", "licence",
                "license", "urn", "dfe", "laestab", "vat", "company no", "registration", "registered", "charity",
                "po", "purchase order", "id");
        static final List<String> PERSON_HEADERS = List.of("mobile", "home", "parent", "carer", "contact",
                "emergency", "mum", "dad", "mother", "father", "guardian", "personal", "next of kin", "family");
        static final List<String> NAME_HEADERS = List.of("name", "parent", "carer", "contact", "pupil", "child",
                "forename", "surname", "first name", "last name", "guardian", "student", "family", "mum", "dad");
        static final List<String> ORGANISATION_HEADERS = List.of("organisation", "organization", "company",
                "supplier", "agency", "service", "business", "provider", "school", "office", "department");
        static final List<String> MOBILE_PREFIXES = List.of("071", "072", "073", "074", "075", "07624", "077",
                "078", "079");
        static final List<String> LANDLINE_PREFIXES = List.of("01", "02");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            Set<String> allow = new HashSet<>();
            for (String number : Lexicons.words(node, resources, "allow_list", List.of())) {
                allow.add(nationalDigits(number));
            }
            return new Settings(
                    Lexicons.keywords(node, resources, "person_words", PERSON),
                    Lexicons.keywords(node, resources, "organisation_words", ORGANISATION),
                    Lexicons.keywords(node, resources, "reference_words", REFERENCE),
                    Lexicons.keywords(node, resources, "person_header_words", PERSON_HEADERS),
                    Lexicons.keywords(node, resources, "name_header_words", NAME_HEADERS),
                    Lexicons.keywords(node, resources, "organisation_header_words", ORGANISATION_HEADERS),
                    node.intValue("context_before", 60, 0, 1000),
                    node.intValue("context_after", 30, 0, 1000),
                    node.stringList("mobile_prefixes", MOBILE_PREFIXES),
                    node.stringList("landline_prefixes", LANDLINE_PREFIXES),
                    Set.copyOf(allow),
                    node.bool("parent_names", true));
        }
    }

    private enum Kind { MOBILE, LANDLINE }

    /** Which side the nearest context word was on. */
    private enum Owner { PERSON, ORGANISATION, NONE }

    private record Attribution(Owner owner, String why) {
    }

    private final Settings settings;
    /** The school's and the configured organisations' numbers, national digits. */
    private final Set<String> excluded;
    private final Keywords parentNames;

    public PhoneNumberDetector(Settings settings, DetectorResources resources) {
        this.settings = settings;
        Set<String> numbers = new HashSet<>(settings.allowList());
        if (resources.school() != null && resources.school().phone() != null) {
            numbers.add(nationalDigits(resources.school().phone()));
        }
        for (Organisation org : resources.organisations() == null ? List.<Organisation>of() : resources.organisations()) {
            if (org.phone() != null && !org.phone().isBlank()) {
                numbers.add(nationalDigits(org.phone()));
            }
        }
        numbers.remove("");
        this.excluded = Set.copyOf(numbers);
        List<String> names = new ArrayList<>();
        if (settings.parentNames() && resources.directory() != null) {
            for (Parent parent : resources.directory().parents()) {
                if (parent.name() != null && parent.name().strip().contains(" ")) {
                    names.add(parent.name());
                }
            }
        }
        this.parentNames = Keywords.of(names);
    }

    public static PhoneNumberDetector create(ConfigNode node, DetectorResources resources) {
        return new PhoneNumberDetector(Settings.read(node, resources), resources);
    }

    /** "+44 (0)113 496 0123" and "0113 496 0123" both become "01134960123". */
    static String nationalDigits(String number) {
        String digits = Chars.digitsOf(number, 0, number.length());
        String trimmed = number.strip();
        if (trimmed.startsWith("+44") || trimmed.startsWith("0044")) {
            digits = digits.substring(trimmed.startsWith("+") ? 2 : 4);
            if (digits.startsWith("0")) {
                digits = digits.substring(1);
            }
            return "0" + digits;
        }
        return digits;
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Finding> found = new ArrayList<>();
        SegmentContext ctx = null;
        DigitRuns runs = DigitRuns.of(text);
        int consumed = 0;
        for (int r = 0; r < runs.count(); r++) {
            int i = PhoneNumbers.startFor(text, runs.start(r), runs.end(r));
            if (i < consumed || !PhoneNumbers.canStart(text, i)) {
                continue;
            }
            PhoneNumbers.Candidate candidate = PhoneNumbers.read(text, i);
            if (candidate == null || candidate.singleDigitGroup()) {
                continue;
            }
            consumed = candidate.end();
            Kind kind = kindOf(candidate.national());
            if (kind == null || Chars.wordAt(text, candidate.end())
                    || Chars.joinedToNumber(text, candidate.start(), candidate.end())
                    || excluded.contains(candidate.national()) || !possible(candidate.national(), kind)) {
                continue;
            }
            if (ctx == null) {
                ctx = new SegmentContext(segment, earlier);
            }
            Finding finding = judge(ctx, candidate, kind);
            if (finding != null) {
                found.add(finding);
            }
        }
        return found;
    }

    private Kind kindOf(String national) {
        for (String p : settings.mobilePrefixes()) {
            if (national.startsWith(p)) {
                return national.length() == 11 ? Kind.MOBILE : null;
            }
        }
        for (String p : settings.landlinePrefixes()) {
            if (national.startsWith(p)) {
                return Kind.LANDLINE;
            }
        }
        return null;
    }

    /**
     * libphonenumber's verdict: a possible length for the type. Ten-digit landlines exist only in
     * a few areas (016977 xxxx), so those must also be allocated numbers.
     */
    private static boolean possible(String national, Kind kind) {
        // The digits are already clean national digits, so the number is built directly rather
        // than parsed from text (libphonenumber's parser is regex-heavy and this runs per candidate).
        PhoneNumber number = new PhoneNumber().setCountryCode(44)
                .setNationalNumber(Long.parseLong(national.substring(1)));
        if (kind == Kind.MOBILE) {
            return PHONE_UTIL.isPossibleNumberForType(number, PhoneNumberType.MOBILE);
        }
        if (national.length() == 10) {
            return PHONE_UTIL.isValidNumber(number);
        }
        return PHONE_UTIL.isPossibleNumberForType(number, PhoneNumberType.FIXED_LINE);
    }

    private Finding judge(SegmentContext ctx, PhoneNumbers.Candidate candidate, Kind kind) {
        int start = candidate.start();
        int end = candidate.end();
        if (notAPhoneNumber(ctx, start, end)) {
            return null;
        }
        Attribution attribution = attribute(ctx, start, end, kind);
        if (attribution.owner() == Owner.ORGANISATION) {
            return null;
        }
        String what = kind == Kind.MOBILE ? "mobile number" : "landline number";
        double confidence;
        String rule;
        if (attribution.owner() == Owner.PERSON) {
            confidence = kind == Kind.MOBILE ? 0.95 : 0.85;
            rule = what + "; " + attribution.why();
        } else if (kind == Kind.MOBILE) {
            confidence = 0.85;
            rule = what + "; mobiles are personal";
        } else {
            return null; // a landline nobody is said to own: an organisation's, most likely
        }
        return Finding.of(FindingType.PHONE_NUMBER, ctx.segment(), start, end, confidence,
                ctx.subject(start, candidate.national()), rule);
    }

    /** Dates, money and reference numbers that look like phone numbers, and other identifiers. */
    private boolean notAPhoneNumber(SegmentContext ctx, int start, int end) {
        String text = ctx.text();
        if (Chars.isDigit(text.charAt(start))) {
            DateParser.DateMatch date = DateParser.parseAt(text, start, 99);
            if (date != null && date.end() > start) {
                return true;
            }
        }
        int before = start;
        while (before > 0 && Chars.isInlineSpace(text.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && "£$€#".indexOf(text.charAt(before - 1)) >= 0) {
            return true;
        }
        if (ctx.overlapsEarlier(start, end, FindingType.UK_UPN, FindingType.UK_ULN, FindingType.UK_NHS_NUMBER,
                FindingType.UK_NINO)) {
            return true;
        }
        TextWindow line = ctx.line(start);
        Keywords.Hit reference = settings.referenceWords().last(text, Math.max(line.start(), start - 25), start);
        return reference != null && Chars.nextDigit(text.substring(reference.end(), start), 0) < 0;
    }

    /** Whose number it is, by the nearest context word, then the people and tables around it. */
    private Attribution attribute(SegmentContext ctx, int start, int end, Kind kind) {
        String text = ctx.text();
        TextWindow window = ctx.contextWindow(start, end, settings.contextBefore(), settings.contextAfter());
        Keywords.Hit person = settings.personWords().last(text, window.start(), start);
        Keywords.Hit personAfter = person == null ? settings.personWords().first(text, end, window.end()) : null;
        // A landline needs a person word; without one the organisation words need not be looked for.
        boolean askOrganisation = kind == Kind.MOBILE || person != null || personAfter != null;
        // A mobile is personal unless its own sentence gives it to an organisation: "our support
        // programme." one sentence and "She'd prefer a call on 07700 ..." the next is hers, and a
        // "Reception" signature line under "call him on 07700 ..." is the writer's, not the number's.
        TextWindow orgWindow = window;
        if (kind == Kind.MOBILE && !ctx.isTableRow(start)) {
            TextWindow sentence = ctx.sentence(start);
            orgWindow = new TextWindow(Math.max(window.start(), sentence.start()), Math.min(window.end(),
                    Math.max(sentence.end(), end)));
        }
        Keywords.Hit org = askOrganisation ? settings.organisationWords().last(text, orgWindow.start(), start) : null;
        Attribution nearest = nearer(person, org, true);
        if (nearest.owner() == Owner.NONE && askOrganisation) {
            Keywords.Hit orgAfter = settings.organisationWords().first(text, end, orgWindow.end());
            nearest = nearer(personAfter, orgAfter, false);
        }
        if (nearest.owner() != Owner.NONE) {
            return nearest;
        }
        if (ctx.hasPupils() && !ctx.pupilsIn(ctx.record(start), start).isEmpty()) {
            return new Attribution(Owner.PERSON, "a pupil named in the same " + (ctx.isTableRow(start) ? "row" : "sentence"));
        }
        if (parentNames.any(text, window.start(), window.end())) {
            return new Attribution(Owner.PERSON, "a parent's name nearby");
        }
        if (ctx.isTableRow(start)) {
            return tableAttribution(ctx, start);
        }
        return new Attribution(Owner.NONE, "");
    }

    private Attribution tableAttribution(SegmentContext ctx, int start) {
        String header = ctx.headerAt(start);
        String headerRow = ctx.tables().headerRowAt(start);
        if (settings.organisationHeaderWords().anyIn(header) || settings.organisationHeaderWords().anyIn(headerRow)) {
            return new Attribution(Owner.ORGANISATION, "");
        }
        Keywords.Hit column = settings.personHeaderWords().first(header, 0, header.length());
        if (column != null) {
            return new Attribution(Owner.PERSON, "column '" + column.phrase() + "'");
        }
        Keywords.Hit name = settings.nameHeaderWords().first(headerRow, 0, headerRow.length());
        if (name != null) {
            return new Attribution(Owner.PERSON, "contacts table with a '" + name.phrase() + "' column");
        }
        return new Attribution(Owner.NONE, "");
    }

    /**
     * The closer of a person word and an organisation word; when both end at the same place the
     * longer phrase wins ("school mobile" over "mobile").
     */
    private static Attribution nearer(Keywords.Hit person, Keywords.Hit org, boolean before) {
        if (person == null && org == null) {
            return new Attribution(Owner.NONE, "");
        }
        boolean personWins;
        if (person == null) {
            personWins = false;
        } else if (org == null) {
            personWins = true;
        } else if (before) {
            personWins = person.end() > org.end() || (person.end() == org.end() && person.start() < org.start());
        } else {
            personWins = person.start() < org.start() || (person.start() == org.start() && person.end() > org.end());
        }
        Keywords.Hit hit = personWins ? person : org;
        return new Attribution(personWins ? Owner.PERSON : Owner.ORGANISATION,
                "context '" + hit.phrase() + "' " + (before ? "before" : "after"));
    }
}
