package uk.schoolgate.receive.milter;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.schoolgate.receive.Reply;

/**
 * The reply line the MTA gives its client for a refused or deferred message: the gateway's own
 * code, enhanced status code and words, as the relay says them (printable ASCII, since the client
 * may not accept anything else), with '%' doubled because the milter protocol reads the text as a
 * format (libmilter's smfi_setreply; Postfix does the same).
 */
final class ReplyLine {
    private static final Pattern STATUS = Pattern.compile("[45]\\.\\d{1,3}\\.\\d{1,3}");
    /** As the relay: long enough for every reason the policy gives, short enough for any MTA. */
    private static final int MAX_TEXT = 400;

    private ReplyLine() {
    }

    /** @return the line, or empty when the reply is not a refusal (4xx or 5xx) the MTA can pass on */
    static Optional<String> of(Reply reply) {
        int kind = reply.code() / 100;
        if (kind != 4 && kind != 5) {
            return Optional.empty();
        }
        String status = reply.enhancedStatus();
        if (status == null || !STATUS.matcher(status).matches() || status.charAt(0) - '0' != kind) {
            status = kind + ".0.0";
        }
        String text = ascii(reply.text());
        if (text.isEmpty()) {
            text = "Message not accepted";
        }
        return Optional.of(String.format(Locale.ROOT, "%d %s %s", reply.code(), status, text.replace("%", "%%")));
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
