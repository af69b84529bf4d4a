package uk.schoolgate.receive.smtp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The argument of MAIL FROM: or RCPT TO: — the address in angle brackets and the ESMTP
 * parameters after it (RFC 5321 4.1.2). Strict enough that nothing odd reaches the envelope
 * (no spaces, controls or non-ASCII: SMTPUTF8 is not offered), lenient about the forms real
 * clients send (a missing space after the colon, no angle brackets, an old source route).
 *
 * @param address the address, "" for the null sender {@code <>}
 * @param parameters keyword (upper case) to value ("" when the keyword has none)
 */
record SmtpPath(String address, Map<String, String> parameters) {
    private static final int MAX_ADDRESS = 254;
    private static final Pattern ADDRESS = Pattern.compile("[!-~&&[^<>@\\\\\"(),;:\\[\\]]]+@[A-Za-z0-9.\\-]+"
            + "|[!-~&&[^<>@\\\\\"(),;:\\[\\]]]+@\\[[A-Za-z0-9.:]+\\]");
    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-]*");
    private static final Pattern VALUE = Pattern.compile("[!-~&&[^=]]+");

    /** A syntax error, with the reply's enhanced status code and text (never echoing the input). */
    static final class SyntaxException extends Exception {
        final String reply;

        SyntaxException(String reply) {
            super(reply, null, false, false);
            this.reply = reply;
        }
    }

    /**
     * @param argument the text after the verb, e.g. {@code FROM:<a@b> SIZE=100}
     * @param prefix   {@code FROM:} or {@code TO:}
     */
    static SmtpPath parse(String argument, String prefix) throws SyntaxException {
        String verb = prefix.equals("FROM:") ? "MAIL FROM:<address>" : "RCPT TO:<address>";
        if (!argument.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new SyntaxException("501 5.5.4 Syntax: " + verb);
        }
        String rest = argument.substring(prefix.length()).stripLeading();
        String address;
        String tail;
        if (rest.startsWith("<")) {
            int close = rest.indexOf('>');
            if (close < 0) {
                throw new SyntaxException("501 5.5.4 Syntax: " + verb + " (missing '>')");
            }
            address = rest.substring(1, close);
            tail = rest.substring(close + 1);
            if (!tail.isEmpty() && !tail.startsWith(" ")) {
                throw new SyntaxException("501 5.5.4 Syntax: " + verb);
            }
        } else {
            int space = rest.indexOf(' ');
            address = space < 0 ? rest : rest.substring(0, space);
            tail = space < 0 ? "" : rest.substring(space);
            if (address.isEmpty()) {
                throw new SyntaxException("501 5.5.4 Syntax: " + verb);
            }
        }
        address = withoutSourceRoute(address);
        if (!address.isEmpty() && (address.length() > MAX_ADDRESS || !ADDRESS.matcher(address).matches())) {
            throw new SyntaxException(prefix.equals("FROM:") ? "553 5.1.7 The sender address is not valid"
                    : "553 5.1.3 The recipient address is not valid");
        }
        return new SmtpPath(address, parameters(tail));
    }

    /** RFC 5321 C: "@relay1,@relay2:user@host" means "user@host"; the route itself is ignored. */
    private static String withoutSourceRoute(String address) {
        if (address.startsWith("@")) {
            int colon = address.indexOf(':');
            return colon < 0 ? address : address.substring(colon + 1);
        }
        return address;
    }

    private static Map<String, String> parameters(String tail) throws SyntaxException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String token : tail.strip().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            String keyword = eq < 0 ? token : token.substring(0, eq);
            String value = eq < 0 ? "" : token.substring(eq + 1);
            if (!KEYWORD.matcher(keyword).matches() || (eq >= 0 && !VALUE.matcher(value).matches())) {
                throw new SyntaxException("501 5.5.4 Bad parameter syntax");
            }
            parameters.put(keyword.toUpperCase(Locale.ROOT), value);
        }
        return parameters;
    }

    boolean isNullPath() {
        return address.isEmpty();
    }
}
