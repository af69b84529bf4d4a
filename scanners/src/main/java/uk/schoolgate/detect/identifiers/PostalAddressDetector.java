package uk.schoolgate.detect.identifiers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Organisation;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.detect.TextWindow;

/**
 * POSTAL_ADDRESS: a person's home address. An address is a valid UK postcode with an address
 * around it (a street line with a house number, a named street, an address label or column, or
 * at least three address parts), or a street line with a house number said to be where someone
 * lives ("lives at 12 Acacia Avenue", a column headed Address). An address over several lines is
 * one finding. A postcode on its own in prose is not a finding; a postcode labelled "Postcode:"
 * or in a Postcode column is, with low confidence (it is one field of a person's address record).
 * The school's address, configured organisations' addresses and addresses with organisation
 * words around them (Ltd, Council, Hospital, PO Box, Business Park, a supplier's footer) are not.
 */
public final class PostalAddressDetector implements Detector {
    /** Tuning keys of {@code detectors.postal_address}. */
    public record Settings(Keywords homeWords, Keywords addressWords, Keywords postcodeLabels, Keywords addressHeaders,
                           Keywords postcodeHeaders, Keywords organisationWords, Keywords footerWords,
                           List<String> streetTypes,
                           List<String> postcodeAreas, int maxBlockLines, int maxBlockChars, int attributionGap,
                           int organisationLookBehind, int maxStreetWords) {

        /** Words that say the address is where a person lives: they outweigh organisation words. */
        static final List<String> HOME = List.of("lives at", "living at", "live at", "lives in", "resides at",
                "residing at", "staying at", "stays at", "home address", "home:", "'s address", "'s new address",
                "family address", "family home", "home is at", "pupil address", "child's address", "parent's address",
                "home visit", "home visit to");
        /** Words that label an address without saying whose it is. */
        static final List<String> ADDRESS = List.of("address", "addresses", "new address", "current address",
                "postal address", "correspondence address", "forwarding address", "previous address", "moved to",
                "moving to", "c/o", "care of");
        static final List<String> POSTCODE_LABELS = List.of("postcode", "post code", "p/code", "postal code");
        static final List<String> ADDRESS_HEADERS = List.of("address", "street", "address line", "home address",
                "house", "residence");
        static final List<String> POSTCODE_HEADERS = List.of("postcode", "post code", "p/code", "postal code");
        static final List<String> ORGANISATION = List.of("ltd", "limited", "plc", "llp", "inc", "council",
                "borough", "county hall", "civic centre", "town hall", "hospital", "nhs trust", "trust", "surgery",
                "medical centre", "health centre", "clinic", "pharmacy", "business park", "industrial estate",
                "trading estate", "retail park", "science park", "po box", "p.o. box", "unit", "suite", "floor",
                "offices", "head office", "registered office", "registered in", "company", "company no",
                "company number", "vat", "church", "chapel", "museum", "library", "leisure centre", "sports centre",
                "community centre", "centre", "academy", "school", "primary", "college", "university", "nursery",
                "police", "station", "hotel", "theatre", "cinema", "stadium", "zoo", "venue", "meeting point",
                "www", "http", "https", "department", "services", "ministry", "agency", "charity", "foundation",
                "association", "club", "society", "headquarters", "reception", "depot", "warehouse", "store", "shop",
                "catering", "caterers", "supplies", "solutions", "consultancy", "consulting", "contractors",
                "cleaning services", "coaches", "travel", "printing", "photography", "uniforms", "stationery",
                "trip", "trips", "visit to", "held at", "takes place", "take place", "taking place", "located at",
                "directions", "coach", "meet at", "meeting at", "parking", "car park", "entrance", "tickets");
        /** Words on the line after an address that mark a company's footer or letterhead. */
        static final List<String> FOOTER = List.of("www", "http", "https", "co.uk", ".com", ".org", "ltd", "limited",
                "plc", "llp", "registered", "company", "vat", "charity");

        public static Settings read(ConfigNode node, DetectorResources resources) {
            return new Settings(
                    Lexicons.keywords(node, resources, "home_words", HOME),
                    Lexicons.keywords(node, resources, "address_words", ADDRESS),
                    Lexicons.keywords(node, resources, "postcode_labels", POSTCODE_LABELS),
                    Lexicons.keywords(node, resources, "address_header_words", ADDRESS_HEADERS),
                    Lexicons.keywords(node, resources, "postcode_header_words", POSTCODE_HEADERS),
                    Lexicons.keywords(node, resources, "organisation_words", ORGANISATION),
                    Lexicons.keywords(node, resources, "footer_words", FOOTER),
                    Lexicons.words(node, resources, "street_types", StreetLines.STREET_TYPES),
                    node.stringList("postcode_areas", Postcodes.AREAS),
                    node.intValue("max_block_lines", 5, 1, 20),
                    node.intValue("max_block_chars", 200, 20, 2000),
                    node.intValue("attribution_gap", 40, 0, 500),
                    node.intValue("organisation_look_behind", 120, 0, 2000),
                    node.intValue("max_street_words", 4, 1, 10));
        }
    }

    /** An address found so far: where it lies, its postcode and street, and why it counts. */
    private record Block(int start, int end, Postcodes.Postcode postcode, StreetLines.Street street, double confidence,
                         String why) {
    }

    /** Words written in lower case inside place names ("Newcastle upon Tyne", "Stratford-on-Avon"). */
    private static final java.util.Set<String> LOWER_CASE_PARTICLES = java.util.Set.of("on", "upon", "the", "in", "by",
            "le", "de", "under", "over", "next", "of", "cum");

    private final Settings settings;
    private final Postcodes postcodes;
    private final StreetLines streets;
    /** Postcodes and street keys of the school and the configured organisations. */
    private final Set<String> excludedPostcodes;
    private final Set<String> excludedStreets;
    private final Keywords organisationNames;

    public PostalAddressDetector(Settings settings, DetectorResources resources) {
        this.settings = settings;
        this.postcodes = new Postcodes(settings.postcodeAreas());
        this.streets = new StreetLines(settings.streetTypes(), StreetLines.FLAT_WORDS, settings.maxStreetWords());
        Set<String> codes = new HashSet<>();
        Set<String> streetKeys = new HashSet<>();
        List<String> names = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        if (resources.school() != null) {
            addresses.add(resources.school().address());
            names.add(resources.school().name());
        }
        for (Organisation org : resources.organisations() == null ? List.<Organisation>of() : resources.organisations()) {
            addresses.add(org.address());
            names.add(org.name());
        }
        for (String address : addresses) {
            if (address == null) {
                continue;
            }
            for (Postcodes.Postcode p : postcodes.all(address)) {
                codes.add(p.normalised());
            }
            for (int i = 0; (i = Chars.nextDigit(address, i)) >= 0; i = Chars.digitRunEnd(address, i)) {
                StreetLines.Street s = streets.at(address, i);
                if (s != null) {
                    streetKeys.add(s.key());
                }
            }
        }
        names.removeIf(name -> name == null || name.isBlank());
        this.excludedPostcodes = Set.copyOf(codes);
        this.excludedStreets = Set.copyOf(streetKeys);
        this.organisationNames = Keywords.of(names);
    }

    public static PostalAddressDetector create(ConfigNode node, DetectorResources resources) {
        return new PostalAddressDetector(Settings.read(node, resources), resources);
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        String text = segment.text();
        List<Postcodes.Postcode> codes = new ArrayList<>();
        List<StreetLines.Street> streetLines = new ArrayList<>();
        DigitRuns runs = DigitRuns.of(text);
        int consumed = 0;
        for (int r = 0; r < runs.count(); r++) {
            int i = runs.start(r);
            if (i < consumed) {
                continue;
            }
            if (i > 0 && (Chars.isAsciiLetter(text.charAt(i - 1)) || (i >= 4 && text.regionMatches(true, i - 4, "GIR ", 0, 4)))) {
                Postcodes.Postcode p = postcodes.at(text, i);
                if (p != null) {
                    codes.add(p);
                    consumed = p.end();
                }
            } else if (runs.length(r) <= 4) {
                StreetLines.Street s = streets.at(text, i);
                if (s != null) {
                    streetLines.add(s);
                    consumed = s.end();
                }
            }
        }
        if (codes.isEmpty() && streetLines.isEmpty()) {
            return List.of();
        }
        SegmentContext ctx = new SegmentContext(segment, earlier);
        List<Block> blocks = new ArrayList<>();
        boolean[] used = new boolean[streetLines.size()];
        for (Postcodes.Postcode code : codes) {
            Block block = postcodeBlock(ctx, code, streetLines, used);
            if (block != null) {
                blocks.add(block);
            }
        }
        for (int k = 0; k < streetLines.size(); k++) {
            if (!used[k]) {
                Block block = streetBlock(ctx, streetLines.get(k));
                if (block != null) {
                    blocks.add(block);
                }
            }
        }
        return toFindings(ctx, blocks);
    }

    /** The address around a postcode, or null when it is not a person's address. */
    private Block postcodeBlock(SegmentContext ctx, Postcodes.Postcode code, List<StreetLines.Street> streetLines,
                                boolean[] used) {
        String text = ctx.text();
        int limit = blockLimit(text, code.start());
        if (ctx.isTableRow(code.start())) {
            limit = Math.max(limit, ctx.line(code.start()).start()); // another row is another person's address
        }
        StreetLines.Street street = null;
        for (int k = lastStreetEndingBy(streetLines, code.start()); k >= 0; k--) {
            StreetLines.Street s = streetLines.get(k);
            if (used[k]) {
                continue;
            }
            if (s.start() < limit || !looksLikeAddressGap(text, s.end(), code.start())) {
                break;
            }
            street = s;
            used[k] = true;
            break;
        }
        if (street == null) {
            street = lowerCaseStreetBefore(text, code.start(), limit);
        }
        if (isExcludedAddress(code, street)) {
            return null; // the school's or a partner's address: the commonest postcode in mail (signatures)
        }
        int partsStart = street != null ? street.start() : code.start();
        int parts = 0;
        boolean namedStreet = false;
        if (street == null) {
            int[] walk = addressParts(text, code.start(), limit);
            parts = walk[0];
            partsStart = walk[1];
            namedStreet = walk[2] == 1;
        }
        int start = Math.min(partsStart, code.start());
        Attribution attribution = attribution(ctx, start, code.start());
        boolean home = attribution != null && attribution.strength() == Strength.HOME;
        boolean labelled = attribution != null && attribution.strength() == Strength.ADDRESS;
        // A labelled address ("Address: ...", an Address column) is only an organisation's when the
        // address itself says so: the line above may name the family's GP surgery or a school.
        if (!home && organisationAround(ctx, start, code.end(), labelled)) {
            return null;
        }
        boolean trusted = code.upperCase() && code.knownArea();
        String because = attribution == null ? "" : "; " + attribution.why();
        double confidence;
        String why;
        if (street != null) {
            confidence = home ? 0.97 : labelled ? 0.95 : 0.9;
            why = "postcode with a street line" + because;
        } else if (parts >= 2 && (namedStreet || parts >= 3) && trusted) {
            confidence = home || labelled ? 0.95 : 0.85;
            why = "postcode at the end of an address" + because;
        } else if (home || labelled) {
            confidence = home ? 0.85 : 0.8;
            why = "postcode" + because;
        } else if (attribution != null && trusted) {
            confidence = 0.6;
            why = "postcode" + because;
        } else {
            return null;
        }
        if (!code.knownArea()) {
            confidence -= 0.1;
        }
        return new Block(start, code.end(), code, street, confidence, why);
    }

    /**
     * A street line written in lower case ("88 king lane, leeds ls17 5du") just before a postcode:
     * staff type quickly, and the postcode already marks this as an address. Only the same line,
     * a few dozen characters back, is searched.
     */
    private StreetLines.Street lowerCaseStreetBefore(String text, int postcodeStart, int limit) {
        int from = Math.max(Math.max(limit, 0), postcodeStart - 80);
        int lineStart = text.lastIndexOf('\n', Math.max(0, postcodeStart - 1)) + 1;
        from = Math.max(from, lineStart);
        for (int i = from; i < postcodeStart; i++) {
            if (!Chars.isDigit(text.charAt(i)) || (i > 0 && Chars.isDigit(text.charAt(i - 1)))) {
                continue;
            }
            StreetLines.Street s = streets.at(text, i, true);
            if (s != null && s.end() <= postcodeStart && looksLikeAddressGap(text, s.end(), postcodeStart)) {
                return s;
            }
        }
        return null;
    }

    /** Index of the last street line (they are in text order) that ends by {@code offset}, or -1. */
    private static int lastStreetEndingBy(List<StreetLines.Street> streetLines, int offset) {
        int lo = 0;
        int hi = streetLines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (streetLines.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** A street line without a postcode: only when it is said to be where someone lives. */
    private Block streetBlock(SegmentContext ctx, StreetLines.Street street) {
        if (excludedStreets.contains(street.key())) {
            return null;
        }
        Attribution attribution = attribution(ctx, street.start(), -1);
        if (attribution == null) {
            return null;
        }
        if (attribution.strength() != Strength.HOME && organisationAround(ctx, street.start(), street.end(), false)) {
            return null;
        }
        double confidence = attribution.strength() == Strength.HOME ? 0.85 : 0.75;
        return new Block(street.start(), street.end(), null, street, confidence,
                "street line with house number; " + attribution.why());
    }

    /** Why an address counts, and how strongly. */
    private enum Strength { HOME, ADDRESS, LABEL }

    private record Attribution(Strength strength, String why) {
    }

    /**
     * Why the address starting at {@code start} is a person's: a home word shortly before it
     * ("lives at", "home address:"), an address word ("address:") or an Address column, or a
     * Postcode label or column before the postcode; null if none.
     */
    private Attribution attribution(SegmentContext ctx, int start, int postcodeStart) {
        String text = ctx.text();
        int reach = settings.attributionGap() + Math.max(settings.homeWords().longest(), settings.addressWords().longest());
        int from = Math.max(0, Math.max(start - reach, ctx.line(start).start() - reach));
        Keywords.Hit home = settings.homeWords().last(text, from, start + 1);
        Keywords.Hit address = settings.addressWords().last(text, from, start + 1);
        if (home != null || address != null) {
            // Only now work out the sentence: the word must be in the same one as the address.
            int recordStart = ctx.recordStart(start, reach);
            if (home != null && home.start() >= recordStart && start - home.end() <= settings.attributionGap()) {
                return new Attribution(Strength.HOME, "'" + home.phrase() + "' before");
            }
            if (address != null && address.start() >= recordStart && start - address.end() <= settings.attributionGap()) {
                return new Attribution(Strength.ADDRESS, "'" + address.phrase() + "' before");
            }
        }
        String header = ctx.isTableRow(start) ? ctx.headerWord(settings.addressHeaders(), start) : null;
        if (header != null) {
            return new Attribution(Strength.ADDRESS, header);
        }
        if (addressedToAPerson(ctx, start)) {
            return new Attribution(Strength.HOME, "addressed to a person on the line before");
        }
        if (postcodeStart < 0) {
            return null;
        }
        Keywords.Hit label = settings.postcodeLabels().last(text, Math.max(ctx.line(postcodeStart).start(),
                postcodeStart - 20), postcodeStart);
        if (label != null) {
            return new Attribution(Strength.LABEL, "label '" + label.phrase() + "' before");
        }
        String postcodeHeader = ctx.isTableRow(postcodeStart) ? ctx.headerWord(settings.postcodeHeaders(), postcodeStart) : null;
        return postcodeHeader == null ? null : new Attribution(Strength.LABEL, postcodeHeader);
    }

    /**
     * Organisation words, or a configured organisation's or the school's name, around the address:
     * in the lines above it within its sentence (a letterhead), in it, and just after it on its
     * line ("3 Mill Road, Leeds LS1 4AB (Acme Ltd)").
     */
    private boolean organisationAround(SegmentContext ctx, int start, int end, boolean labelled) {
        String text = ctx.text();
        int from = Math.max(blockLimit(text, start), start - settings.organisationLookBehind());
        from = Math.max(from, ctx.recordStart(start, settings.organisationLookBehind()));
        if (labelled) {
            from = Math.max(from, start);
        }
        TextWindow endLine = ctx.line(Math.max(start, end - 1));
        int to = Math.min(endLine.end(), end + 40);
        for (int i = end; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || (c == '.' || c == '!' || c == '?')
                    && (i + 1 >= text.length() || Chars.isSpace(text.charAt(i + 1)))) {
                to = i; // only what trails the address itself: " (Acme Ltd)", not the rest of the sentence
                break;
            }
        }
        if (organisationWordIn(text, from, to) || organisationNames.any(text, from, to)
                || officeBuildingIn(text, from, to)) {
            return true;
        }
        int next = endLine.end() + 1;
        if (next < text.length() && text.charAt(next - 1) == '\r') {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        TextWindow nextLine = ctx.line(next);
        return settings.footerWords().any(text, nextLine.start(), Math.min(nextLine.end(), nextLine.start() + 120));
    }

    /**
     * The address block starts on the line after a person's name with a title, as in a letter or
     * an invoice: "To: Mr R Bennett" / "Mrs J Khan" above "9 Meadowsweet Drive".
     */
    private static boolean addressedToAPerson(SegmentContext ctx, int start) {
        String text = ctx.text();
        TextWindow line = ctx.line(start);
        if (line.start() == 0 || !text.substring(line.start(), start).isBlank()) {
            return false; // the address must begin its line
        }
        TextWindow previous = ctx.line(line.start() - 1);
        String name = text.substring(previous.start(), previous.end()).strip();
        return name.length() <= 50 && PERSON_LINE.matcher(name).matches();
    }

    private static final java.util.regex.Pattern PERSON_LINE = java.util.regex.Pattern.compile(
            "(?:To:\\s*)?(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+(?:[A-Z]\\.?\\s+){0,2}[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?"
                    + "(?:\\s+(?:and|&)\\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+(?:[A-Z]\\.?\\s+){0,2}[A-Z][\\p{L}'’-]+)?");

    /**
     * A named office building ("Pegasus House", "Belvedere House", "Quay Chambers") in [from, to):
     * companies and councils give these as their address. A block of flats is named the same way,
     * so "Flat 3, Jubilee House" (a flat or apartment number before it) is still a home.
     */
    private static boolean officeBuildingIn(String text, int from, int to) {
        java.util.regex.Matcher m = OFFICE_BUILDING.matcher(text).region(from, to);
        while (m.find()) {
            int before = Math.max(from, m.start() - 20);
            if (!FLAT_BEFORE.matcher(text).region(before, m.start()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern OFFICE_BUILDING = java.util.regex.Pattern.compile(
            "\\b[A-Z][A-Za-z'\u2019-]+ (?:House|Chambers|Buildings|Tower|Plaza)\\b");
    private static final java.util.regex.Pattern FLAT_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:flat|apartment|apt)\\s*\\d+[a-z]?\\s*,?\\s*$");

    /**
     * An organisation word in [from, to) that is not part of a street name: "Church Street",
     * "School Lane" and "Station Road" are where people live.
     */
    private boolean organisationWordIn(String text, int from, int to) {
        int p = from;
        while (p < to) {
            Keywords.Hit hit = settings.organisationWords().first(text, p, to);
            if (hit == null) {
                return false;
            }
            if (!streets.startsStreetType(text, hit.end())) {
                return true;
            }
            p = hit.end();
        }
        return false;
    }

    private boolean isExcludedAddress(Postcodes.Postcode code, StreetLines.Street street) {
        if (!excludedPostcodes.contains(code.normalised())) {
            return false;
        }
        return street == null || excludedStreets.contains(street.key());
    }

    /**
     * How far back an address ending at {@code at} may start: {@code max_block_lines} lines and
     * {@code max_block_chars} characters, never across a blank line.
     */
    private int blockLimit(String text, int at) {
        int lines = 0;
        int p = at;
        int floor = Math.max(0, at - settings.maxBlockChars());
        while (p > floor) {
            char c = text.charAt(p - 1);
            if (c == '\n') {
                lines++;
                int q = p - 1;
                while (q > 0 && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '\t' || text.charAt(q - 1) == '\r')) {
                    q--;
                }
                if (lines >= settings.maxBlockLines() || q == 0 || text.charAt(q - 1) == '\n') {
                    return p;
                }
            }
            p--;
        }
        return p;
    }

    /** Between a street line and its postcode: short parts (town, county) separated by commas, tabs or lines. */
    private static boolean looksLikeAddressGap(String text, int from, int to) {
        if (to - from > 120) {
            return false;
        }
        int partLength = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\t' || c == '\r') {
                partLength = 0;
            } else if (c == '.' && i + 1 < to && Chars.isSpace(text.charAt(i + 1)) && !abbreviationBefore(text, i)) {
                return false;
            } else if (c == ':' || c == ';' || c == '!' || c == '?') {
                return false;
            } else if (++partLength > 40) {
                return false;
            }
        }
        return true;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int p = dot;
        while (p > 0 && Chars.isAsciiLetter(text.charAt(p - 1))) {
            p--;
        }
        return dot - p <= 3;
    }

    /**
     * Walks back from a postcode over the parts of an address ("Rose Cottage, Moor Lane, Leeds"),
     * each short and capitalised and separated by commas, tabs or line breaks. On the postcode's
     * own line only the capitalised words just before it count ("we live in Leeds LS1" gives
     * "Leeds"). Returns {count, start of the first part, 1 if a part is a named street}.
     */
    private int[] addressParts(String text, int postcodeStart, int limit) {
        int count = 0;
        int first = postcodeStart;
        int named = 0;
        int p = postcodeStart;
        while (count < 6) {
            int q = p;
            while (q > limit && (Chars.isSpace(text.charAt(q - 1)) || text.charAt(q - 1) == ',')) {
                q--;
            }
            if ((q == p && count > 0) || q <= limit) {
                break;
            }
            int r = q;
            while (r > limit && !isHardSeparator(text.charAt(r - 1))) {
                r--;
            }
            boolean cut = false;
            if (!isAddressPart(text.substring(r, q).strip())) {
                // "we now live in Leeds": only the capitalised words at the end are the address part
                r = trailingCapitalisedWords(text, r, q);
                cut = true;
            }
            while (r < q && Chars.isSpace(text.charAt(r))) {
                r++;
            }
            String part = text.substring(r, q).strip();
            if (!isAddressPart(part)) {
                break;
            }
            count++;
            first = r;
            if (streets.isUnnumberedStreet(part)) {
                named = 1;
            }
            if (cut) {
                break;
            }
            p = r;
        }
        return new int[] {count, first, named};
    }

    private static boolean isHardSeparator(char c) {
        return c == ',' || c == '\n' || c == '\t' || c == '\r' || c == ':' || c == ';' || c == '(' || c == ')'
                || c == '!' || c == '?' || c == '|';
    }

    /** Start of the capitalised words that end at {@code end}, not before {@code from}. */
    private static int trailingCapitalisedWords(String text, int from, int end) {
        int start = end;
        int p = end;
        while (p > from) {
            int wordEnd = p;
            while (p > from && !Chars.isSpace(text.charAt(p - 1))) {
                p--;
            }
            if (p == wordEnd || !Chars.isUpper(text.charAt(p))) {
                break;
            }
            start = p;
            while (p > from && Chars.isSpace(text.charAt(p - 1))) {
                p--;
            }
        }
        return start;
    }

    private static boolean isAddressPart(String part) {
        if (part.isEmpty() || part.length() > 40) {
            return false;
        }
        char first = part.charAt(0);
        if (!Chars.isUpper(first) && !Chars.isDigit(first)) {
            return false;
        }
        int words = 0;
        int i = 0;
        int n = part.length();
        while (i < n) {
            while (i < n && Chars.isSpace(part.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Chars.isSpace(part.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            words++;
            if (Character.isLowerCase(part.charAt(start)) && !LOWER_CASE_PARTICLES.contains(part.substring(start, i))) {
                return false;
            }
        }
        return words <= 5;
    }

    private List<Finding> toFindings(SegmentContext ctx, List<Block> blocks) {
        blocks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Finding> out = new ArrayList<>();
        Block current = null;
        for (Block b : blocks) {
            if (current != null && b.start() < current.end()) {
                if (b.confidence() > current.confidence()) {
                    current = new Block(current.start(), Math.max(current.end(), b.end()), b.postcode(), b.street(),
                            b.confidence(), b.why());
                } else {
                    current = new Block(current.start(), Math.max(current.end(), b.end()), current.postcode(),
                            current.street(), current.confidence(), current.why());
                }
                continue;
            }
            if (current != null) {
                out.add(finding(ctx, current));
            }
            current = b;
        }
        if (current != null) {
            out.add(finding(ctx, current));
        }
        return out;
    }

    private static Finding finding(SegmentContext ctx, Block b) {
        String key = "address:" + (b.postcode() != null ? b.postcode().normalised() : "")
                + (b.street() != null ? "/" + b.street().key() : "");
        return Finding.of(FindingType.POSTAL_ADDRESS, ctx.segment(), b.start(), b.end(),
                Math.max(0.0, Math.min(1.0, b.confidence())), ctx.subject(b.start(), key), b.why());
    }
}
