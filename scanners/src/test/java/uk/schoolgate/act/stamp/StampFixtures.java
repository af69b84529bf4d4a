package uk.schoolgate.act.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import uk.schoolgate.config.School;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.config.StampSettings;
import uk.schoolgate.parse.MailSession;

/** Shared test data and helpers: the school, a teacher, messages as literal MIME, re-parsing. */
final class StampFixtures {
    static final String DISCLAIMER =
            "This email and any attachments are confidential and intended only for the addressee.";
    static final School SCHOOL = new School("Oakfield Primary School", "1 Oak Lane, Exampletown, EX1 2AB",
            "01234 567890", List.of("oakfield.sch.uk"));
    static final StaffMember TEACHER = new StaffMember("jo.bloggs@oakfield.sch.uk", "Jo Bloggs", "Year 3 Teacher",
            true, false);
    static final Optional<StaffMember> JO = Optional.of(TEACHER);
    static final List<String> SIGNATURE = List.of("Jo Bloggs", "Year 3 Teacher", "Oakfield Primary School",
            "1 Oak Lane, Exampletown, EX1 2AB", "01234 567890");
    static final Stamper STAMPER = new Stamper(StampSettings.defaults(), DISCLAIMER, SCHOOL);

    private StampFixtures() {
    }

    /** Lines joined with CRLF (and a final CRLF). */
    static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static String headers(String contentType, String encoding) {
        return "From: Jo Bloggs <jo.bloggs@oakfield.sch.uk>\r\n"
                + "To: parent@example.com\r\n"
                + "Subject: Trip on Friday\r\n"
                + "Date: Mon, 3 Mar 2025 10:00:00 +0000\r\n"
                + "Message-ID: <abc123@oakfield.sch.uk>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + (encoding == null ? "" : "Content-Transfer-Encoding: " + encoding + "\r\n");
    }

    static byte[] plainMessage(String body) {
        return bytes(headers("text/plain; charset=us-ascii", "7bit") + "\r\n" + body);
    }

    static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(MailSession.get(), new SharedByteArrayInputStream(raw));
    }

    /** Every leaf part of a message, depth first (attached messages are leaves). */
    static List<MimePart> leaves(Part part) throws Exception {
        List<MimePart> out = new ArrayList<>();
        collect(part, out);
        return out;
    }

    private static void collect(Part part, List<MimePart> out) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), out);
            }
        } else {
            out.add((MimePart) part);
        }
    }

    /** The decoded text of a text part, by its declared charset. */
    static String text(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            byte[] b = in.readAllBytes();
            String cs = new ContentType(part.getContentType()).getParameter("charset");
            return new String(b, cs == null ? StandardCharsets.US_ASCII : Charset.forName(cs));
        }
    }

    static byte[] decoded(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    static byte[] rawContent(MimePart part) throws Exception {
        try (InputStream in = part instanceof MimeBodyPart b ? b.getRawInputStream()
                : ((MimeMessage) part).getRawInputStream()) {
            return in.readAllBytes();
        }
    }

    static List<String> headerLines(MimePart part) throws Exception {
        return Collections.list(part.getAllHeaderLines());
    }

    /** The text parts (plain and html) of a message, depth first. */
    static List<MimePart> textParts(byte[] raw) throws Exception {
        List<MimePart> out = new ArrayList<>();
        for (MimePart p : leaves(parse(raw))) {
            if (p.isMimeType("text/plain") || p.isMimeType("text/html")) {
                out.add(p);
            }
        }
        return out;
    }

    static int count(String haystack, String needle) {
        String h = normalise(haystack);
        String n = normalise(needle);
        int c = 0;
        for (int i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
            c++;
        }
        return c;
    }

    static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The text a reader sees in an HTML part. */
    static String htmlText(String html) {
        return Jsoup.parse(html).body().wholeText();
    }

    static String signatureText() {
        return String.join("\n", SIGNATURE);
    }

    /** Asserts the whole message has CRLF line endings only and no line longer than 998 octets. */
    static void assertCrlfAndLineLengths(byte[] raw) {
        int lineLen = 0;
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '\r') {
                assertThat(i + 1 < raw.length && raw[i + 1] == '\n').as("bare CR at %d", i).isTrue();
                i++;
                lineLen = 0;
            } else if (b == '\n') {
                throw new AssertionError("bare LF at " + i);
            } else {
                lineLen++;
                assertThat(lineLen).as("line length at %d", i).isLessThanOrEqualTo(998);
            }
        }
    }

    /** Asserts every line of an encoded body is at most {@code max} characters. */
    static void assertLinesAtMost(byte[] body, int max) {
        for (String line : latin1(body).split("\r\n")) {
            assertThat(line.length()).as("line: %s", line).isLessThanOrEqualTo(max);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Where a phrase starts in text, whitespace-insensitively and ignoring case (-1 when absent). */
    static int find(String text, String phrase) {
        StringBuilder regex = new StringBuilder();
        for (String w : phrase.strip().split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("[\\s\\u00A0]+");
            }
            regex.append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.start() : -1;
    }

    static BodyPart child(Part part, int index) throws Exception {
        return ((Multipart) part.getContent()).getBodyPart(index);
    }
}
