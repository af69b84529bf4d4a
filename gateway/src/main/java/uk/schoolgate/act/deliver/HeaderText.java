package uk.schoolgate.act.deliver;

/**
 * Makes text safe to put into a header the gateway writes: line breaks become spaces and other
 * control characters are dropped, so that nothing taken from a message or an envelope can end a
 * header early and inject another (header smuggling).
 */
public final class HeaderText {
    private HeaderText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean lastWasBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (!lastWasBreak) {
                    sb.append(' ');
                }
                lastWasBreak = true;
                continue;
            }
            lastWasBreak = false;
            if (c == '\t') {
                sb.append(' ');
            } else if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
