package uk.schoolgate.act.deliver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMTP server's reply, taken apart: "550-5.7.1 first line\n550 5.7.1 second line" becomes code
 * 550, enhanced status 5.7.1 (RFC 3463) and the text "first line second line". The text is reduced
 * to printable ASCII, since it is passed back to the staff member's mail client in a reply line.
 */
record SmtpReply(int code, String enhancedStatus, String text) {
    private static final Pattern LINE = Pattern.compile("^(\\d{3})[ -]?(.*)$");
    private static final Pattern ENHANCED = Pattern.compile("^([245]\\.\\d{1,3}\\.\\d{1,3})(?:\\s+|$)(.*)$");
    private static final int MAX_TEXT = 400;

    /** Parses Jakarta Mail's record of the last reply (lines joined with LF); code -1 when there was none. */
    static SmtpReply parse(String response) {
        if (response == null || response.isBlank()) {
            return new SmtpReply(-1, "", "");
        }
        int code = -1;
        String enhanced = "";
        StringBuilder text = new StringBuilder();
        for (String raw : response.split("\r?\n")) {
            Matcher line = LINE.matcher(raw.strip());
            String rest = raw.strip();
            if (line.matches()) {
                if (code < 0) {
                    code = Integer.parseInt(line.group(1));
                }
                rest = line.group(2);
            }
            Matcher status = ENHANCED.matcher(rest);
            if (status.matches()) {
                if (enhanced.isEmpty()) {
                    enhanced = status.group(1);
                }
                rest = status.group(2);
            }
            if (!rest.isBlank()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(rest.strip());
            }
        }
        return new SmtpReply(code, enhanced, printable(text.toString()));
    }

    /** The enhanced status the server gave, else the generic one of the reply's class. */
    String enhancedOr(String fallback) {
        return enhancedStatus.isEmpty() ? fallback : enhancedStatus;
    }

    boolean isTransient() {
        return code >= 400 && code < 500;
    }

    boolean isPermanent() {
        return code >= 500 && code < 600;
    }

    static String printable(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                space = sb.length() > 0;
            } else if (c > 0x20 && c < 0x7F) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
