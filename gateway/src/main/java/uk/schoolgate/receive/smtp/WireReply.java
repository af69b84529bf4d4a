package uk.schoolgate.receive.smtp;

import java.text.Normalizer;
import java.util.regex.Pattern;
import uk.schoolgate.receive.Reply;

/**
 * Turns the intake's {@link Reply} into one safe SMTP reply line for the end of DATA: a final
 * code (2xx, 4xx or 5xx; anything else is an internal error, so 451), an enhanced status code of
 * the same class, and printable ASCII text (SMTPUTF8 is not offered, and mail clients show these
 * words to the teacher).
 */
final class WireReply {
    static final String INTERNAL_ERROR = "451 4.3.0 The gateway could not process this message just now; "
            + "your mail program will try again";
    private static final Pattern STATUS = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");
    private static final int MAX_TEXT = 400;

    private WireReply() {
    }

    static String of(Reply reply) {
        if (reply == null) {
            return INTERNAL_ERROR;
        }
        int code = reply.code();
        int kind = code / 100;
        if (kind != 2 && kind != 4 && kind != 5) {
            return INTERNAL_ERROR;
        }
        String status = reply.enhancedStatus();
        if (status == null || !STATUS.matcher(status).matches() || status.charAt(0) - '0' != kind) {
            status = kind + ".0.0";
        }
        String text = ascii(reply.text());
        if (text.isEmpty()) {
            text = kind == 2 ? "OK" : "Message not accepted";
        }
        return code + " " + status + " " + text;
    }

    /** Typographic quotes and dashes to their ASCII forms, accents dropped, anything else '?'. */
    static String ascii(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", "...").replace("\u00A3", "GBP ")
                .replace('\u00A0', ' ');
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[^ -~]", "?").strip();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}
