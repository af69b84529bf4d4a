package uk.schoolgate.receive.milter;

import java.util.List;

/** The address in a MAIL FROM or RCPT TO argument as the MTA passes it ("<a@b>", then ESMTP parameters). */
final class MailPath {
    private MailPath() {
    }

    /** "a@b" from "<a@b>"; "" for the null sender "<>" or no argument. */
    static String address(List<String> arguments) {
        if (arguments.isEmpty()) {
            return "";
        }
        String s = arguments.get(0).strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        // A source route (<@relay:a@b>) names the mailbox after the colon.
        int colon = s.startsWith("@") ? s.indexOf(':') : -1;
        return colon >= 0 ? s.substring(colon + 1) : s;
    }
}
