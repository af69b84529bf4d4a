package uk.schoolgate.parse;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a message with Jakarta Mail into what the later stages need. It never throws on bad
 * input: a malformed part is read as well as it can be and noted in {@link ParsedMessage#problems()}.
 */
public final class MessageParser {
    /** MIME nesting deeper than any real client produces; beyond it, parts are read as opaque bytes. */
    static final int MAX_MIME_DEPTH = 30;
    static final int MAX_PARTS = 5000;
    private static final Pattern ADDR_SPEC = Pattern.compile("[A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    public ParsedMessage parse(byte[] raw) {
        MimeMessage message;
        try {
            message = new MimeMessage(MailSession.get(), new SharedByteArrayInputStream(raw));
        } catch (MessagingException e) {
            // Not even headers could be read: treat the bytes as a plain-text body.
            return unparseable(raw, "headers could not be parsed (" + e.getClass().getSimpleName() + ")");
        }
        Walk walk = new Walk();
        walk.part(message, 0, "", false);
        return new ParsedMessage(message, subject(message, walk.problems), addresses(message, "From", walk.problems),
                addresses(message, "To", walk.problems), addresses(message, "Cc", walk.problems),
                addresses(message, "Bcc", walk.problems), List.copyOf(walk.bodies), List.copyOf(walk.parts),
                isProtected(message), List.copyOf(walk.problems));
    }

    private static ParsedMessage unparseable(byte[] raw, String problem) {
        String text = CharsetDecoding.guess(raw);
        return new ParsedMessage(null, "", List.of(), List.of(), List.of(), List.of(),
                List.of(new BodyText(text, false, text.length())), List.of(), false, List.of(problem));
    }

    private static String subject(MimeMessage message, List<String> problems) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject.replaceAll("[\\r\\n]+[ \\t]*", " ");
        } catch (MessagingException | RuntimeException e) {
            problems.add("subject could not be decoded");
            return "";
        }
    }

    /** The addresses of one header; groups ("Parents: a@x, b@y;") are expanded. */
    static List<MailAddress> addresses(MimeMessage message, String header, List<String> problems) {
        String value;
        try {
            value = message.getHeader(header, ",");
        } catch (MessagingException | RuntimeException e) {
            return List.of();
        }
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<MailAddress> out = new ArrayList<>();
        try {
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                addExpanded(address, out);
            }
        } catch (AddressException | RuntimeException e) {
            problems.add(header + " header is malformed; addresses were picked out of it");
            Matcher m = ADDR_SPEC.matcher(value);
            while (m.find()) {
                out.add(new MailAddress(m.group(), ""));
            }
        }
        return List.copyOf(out);
    }

    private static void addExpanded(InternetAddress address, List<MailAddress> out) {
        if (address.isGroup()) {
            try {
                InternetAddress[] members = address.getGroup(false);
                if (members != null) {
                    for (InternetAddress member : members) {
                        addExpanded(member, out);
                    }
                }
            } catch (AddressException e) {
                Matcher m = ADDR_SPEC.matcher(address.getAddress());
                while (m.find()) {
                    out.add(new MailAddress(m.group(), ""));
                }
            }
            return;
        }
        String email = address.getAddress();
        if (email != null && email.contains("@")) {
            out.add(new MailAddress(email, address.getPersonal()));
        }
    }

    private static boolean isProtected(MimeMessage message) {
        return PartInfo.of(message, false).isProtected();
    }

    static String parameter(Part part, String name) {
        try {
            String header = part.getContentType();
            return header == null ? null : new ContentType(header).getParameter(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    static String safeHeader(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name != null && !name.isBlank()) {
                return cleanName(name);
            }
        } catch (MessagingException | RuntimeException e) {
            // fall through to the raw parameter
        }
        String raw = parameter(part, "name");
        if (raw != null && !raw.isBlank()) {
            try {
                return cleanName(MimeUtility.decodeText(raw));
            } catch (IOException | RuntimeException e) {
                return cleanName(raw);
            }
        }
        return null;
    }

    /** File names are shown to people: no paths, no control characters. */
    private static String cleanName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("\\p{Cntrl}", "").strip();
        return n.isEmpty() ? null : n;
    }

    /** The decoded bytes of a part; falls back to the raw bytes when the transfer encoding is broken. */
    static byte[] decodedBytes(Part part, List<String> problems) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException | RuntimeException e) {
            if (part instanceof MimePart mime) {
                try (InputStream in = rawStream(mime)) {
                    problems.add("a part's transfer encoding is broken; read as raw bytes");
                    return in.readAllBytes();
                } catch (IOException | MessagingException | RuntimeException e2) {
                    // fall through
                }
            }
            problems.add("a part could not be read");
            return new byte[0];
        }
    }

    private static InputStream rawStream(MimePart part) throws MessagingException {
        if (part instanceof jakarta.mail.internet.MimeBodyPart body) {
            return body.getRawInputStream();
        }
        return ((MimeMessage) part).getRawInputStream();
    }

    /** One walk over the MIME tree, collecting bodies and parts. */
    private final class Walk {
        final List<BodyText> bodies = new ArrayList<>();
        final List<AttachmentPart> parts = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int partCount;

        void part(Part part, int depth, String position, boolean digestChild) {
            if (++partCount > MAX_PARTS) {
                if (partCount == MAX_PARTS + 1) {
                    problems.add("more than " + MAX_PARTS + " MIME parts; the rest were not read");
                }
                return;
            }
            if (!(part instanceof MimePart mimePart)) {
                return;
            }
            PartInfo info = PartInfo.of(mimePart, digestChild);
            String type = info.type();
            if (info.isMultipart() && depth < MAX_MIME_DEPTH) {
                multipart(part, type, depth, position);
                return;
            }
            if (info.isMultipart()) {
                problems.add("MIME nesting deeper than " + MAX_MIME_DEPTH + " levels; read as one part");
            }
            boolean isAttachment = info.isAttachment();
            if (!isAttachment && info.isBodyTextType()) {
                bodies.add(bodyText(part, type));
                return;
            }
            if (type.equals("application/pkcs7-signature") || type.equals("application/x-pkcs7-signature")
                    || type.equals("application/pgp-signature")) {
                return; // the signature of a signed message, not something the sender attached
            }
            String name = fileName(part);
            String label = name != null ? name : standIn(type, position, info.isMessage());
            parts.add(new AttachmentPart(label, type, decodedBytes(part, problems), isAttachment));
        }

        private String standIn(String type, String position, boolean isMessage) {
            if (isMessage) {
                return "attached message" + (position.isEmpty() ? "" : " " + position) + ".eml";
            }
            return "part " + (position.isEmpty() ? "1" : position) + " (" + type + ")";
        }

        private BodyText bodyText(Part part, String type) {
            String text = CharsetDecoding.decode(decodedBytes(part, problems), parameter(part, "charset"));
            if (type.equals("text/html")) {
                HtmlText.Result html = HtmlText.convert(text);
                return new BodyText(html.text(), true, html.quoteStart());
            }
            return new BodyText(text, false, QuotedHistory.start(text));
        }

        private void multipart(Part part, String type, int depth, String position) {
            Multipart multipart;
            try {
                Object content = part.getContent();
                if (!(content instanceof Multipart m)) {
                    problems.add(type + " without readable parts; read as one part");
                    parts.add(new AttachmentPart("part " + (position.isEmpty() ? "1" : position) + " (" + type + ")",
                            type, decodedBytes(part, problems), false));
                    return;
                }
                multipart = m;
            } catch (IOException | MessagingException | RuntimeException e) {
                problems.add(type + " could not be split into parts (" + e.getClass().getSimpleName() + ")");
                byte[] bytes = decodedBytes(part, problems);
                String text = CharsetDecoding.guess(bytes);
                bodies.add(new BodyText(text, false, text.length()));
                return;
            }
            int count;
            try {
                count = multipart.getCount();
            } catch (MessagingException | RuntimeException e) {
                problems.add(type + " could not be split into parts");
                return;
            }
            if (type.equals("multipart/alternative")) {
                alternative(multipart, count, depth, position);
                return;
            }
            int children = type.equals("multipart/signed") ? Math.min(count, 1) : count;
            boolean digest = type.equals("multipart/digest");
            for (int i = 0; i < children; i++) {
                child(multipart, i, depth, position, digest);
            }
        }

        /**
         * Scans one alternative, so that findings are not counted twice: the plain text, unless
         * another alternative says clearly more (a plain half reading "see the HTML version" while
         * the HTML half holds the table); then the one with the most text.
         */
        private void alternative(Multipart multipart, int count, int depth, String position) {
            List<Walk> walks = new ArrayList<>();
            int plain = -1;
            int longest = -1;
            long longestLength = 0;
            for (int i = 0; i < count; i++) {
                Walk sub = new Walk();
                sub.partCount = partCount;
                sub.child(multipart, i, depth, position, false);
                partCount = sub.partCount;
                problems.addAll(sub.problems);
                parts.addAll(sub.parts);
                walks.add(sub);
                if (plain < 0 && isPlainChoice(sub)) {
                    plain = i;
                }
                long length = sub.bodies.stream().mapToLong(b -> b.text().strip().length()).sum();
                if (length > 0 && length >= longestLength) {
                    longest = i;
                    longestLength = length;
                }
            }
            int chosen = longest;
            if (plain >= 0) {
                long plainLength = walks.get(plain).bodies.get(0).text().strip().length();
                if (plainLength * 6 / 5 + 40 >= longestLength) {
                    chosen = plain;
                }
            }
            if (chosen >= 0) {
                bodies.addAll(walks.get(chosen).bodies);
            }
        }

        private boolean isPlainChoice(Walk walk) {
            return walk.bodies.size() == 1 && !walk.bodies.get(0).html() && !walk.bodies.get(0).text().isBlank();
        }

        private void child(Multipart multipart, int index, int depth, String position, boolean digestChild) {
            String childPosition = position.isEmpty() ? Integer.toString(index + 1) : position + "." + (index + 1);
            try {
                BodyPart child = multipart.getBodyPart(index);
                part(child, depth + 1, childPosition, digestChild);
            } catch (MessagingException | RuntimeException e) {
                problems.add("part " + childPosition + " could not be read (" + e.getClass().getSimpleName() + ")");
            }
        }
    }
}
