package uk.schoolgate.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.ParseException;
import java.util.Locale;

/**
 * What the parser and the stamper need to know about one MIME entity, read from its headers without ever throwing.
 *
 * @param type              lower-case base type ({@code text/plain} when absent; {@code message/rfc822}
 *                          for an untyped child of multipart/digest); {@code application/octet-stream}
 *                          when the header cannot be read at all
 * @param contentType       the parsed Content-Type, or null when absent or unparseable
 * @param contentTypeBroken a Content-Type header is present but could not be parsed
 * @param attachment        Content-Disposition says attachment
 * @param named             the entity has a file name (disposition filename or type name parameter)
 * @param transferEncoding  lower-case Content-Transfer-Encoding, {@code 7bit} when absent
 */
public record PartInfo(String type, ContentType contentType, boolean contentTypeBroken, boolean attachment, boolean named,
                String transferEncoding) {

    public static PartInfo of(MimePart part, boolean digestChild) {
        String header = header(part, "Content-Type");
        ContentType ct = null;
        boolean broken = false;
        String type;
        if (header == null || header.isBlank()) {
            type = digestChild ? "message/rfc822" : "text/plain";
        } else {
            try {
                ct = new ContentType(header);
                type = ct.getBaseType().toLowerCase(Locale.ROOT);
            } catch (ParseException | RuntimeException e) {
                broken = true;
                String base = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                type = base.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? base : "application/octet-stream";
            }
        }
        boolean attachment = false;
        boolean named = false;
        String disposition = header(part, "Content-Disposition");
        if (disposition != null) {
            try {
                ContentDisposition cd = new ContentDisposition(disposition);
                attachment = "attachment".equalsIgnoreCase(cd.getDisposition());
                named = notBlank(cd.getParameter("filename"));
            } catch (ParseException | RuntimeException e) {
                String d = disposition.strip().toLowerCase(Locale.ROOT);
                attachment = d.startsWith("attachment");
                named = d.contains("filename");
            }
        }
        if (!named) {
            named = ct != null ? notBlank(ct.getParameter("name"))
                    : header != null && header.toLowerCase(Locale.ROOT).contains("name");
        }
        return new PartInfo(type, ct, broken, attachment, named, transferEncoding(part));
    }

    private static String transferEncoding(MimePart part) {
        String value = header(part, "Content-Transfer-Encoding");
        if (value == null || value.isBlank()) {
            return "7bit";
        }
        try {
            String enc = part.getEncoding();
            if (enc != null) {
                return enc.strip().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException | RuntimeException e) {
            // fall back to the raw value
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    public static String header(MimePart part, String name) {
        try {
            return part.getHeader(name, null);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public String parameter(String name) {
        return contentType == null ? null : contentType.getParameter(name);
    }

    public boolean isMultipart() {
        return type.startsWith("multipart/");
    }

    public boolean isBodyTextType() {
        return type.equals("text/plain") || type.equals("text/html");
    }

    public boolean isHtml() {
        return type.equals("text/html");
    }

    public boolean isMessage() {
        return type.startsWith("message/");
    }

    /** Signed or encrypted: its bytes must not change (S/MIME, PGP/MIME). */
    public boolean isProtected() {
        return type.equals("multipart/signed") || type.equals("multipart/encrypted")
                || type.equals("application/pkcs7-mime") || type.equals("application/x-pkcs7-mime");
    }

    /**
     * An attachment in the contract's sense: Content-Disposition attachment, an attached message,
     * or a non-text part with a file name.
     */
    public boolean isAttachment() {
        return attachment || isMessage() || (!type.startsWith("text/") && named);
    }
}
