package uk.schoolgate.act.stamp;

import uk.schoolgate.parse.QuotedHistory;

/**
 * Adds the signature and disclaimer to plain text.
 *
 * <p>Placement: the signature goes under the new text, at the start of the quoted history as
 * {@link QuotedHistory} finds it ("-----Original Message-----", Outlook's "From: ... Sent:" block,
 * "On ... wrote:", forwarded-message lines, "&gt;"-quoted lines); without history it goes at the end.
 * The disclaimer always closes the text. Two exceptions: a bottom-posted reply (nothing new above
 * the history, but unquoted text after the "&gt;" lines) gets its signature at the end, and text
 * carrying inline PGP ("-----BEGIN PGP ") is only ever appended to, so a clear-signed body still
 * verifies.
 *
 * <p>Exactly once: the disclaimer is not added when it already appears in the new text, or when the
 * text already ends with it (not on a "&gt;"-quoted line), which is where this class puts it. A
 * disclaimer that appears only inside the quoted history (an earlier message of the thread) does
 * not count, so every reply ends with its own. The signature is not added when the new text,
 * less a disclaimer at its end, already ends with it.
 */
final class PlainTextStamp {
    private PlainTextStamp() {
    }

    static Insertion apply(String text, StampText stamp, StampRepresentation rep) {
        Phrase disclaimer = Insertion.forms(stamp.disclaimer(), rep);
        Phrase signature = Insertion.forms(stamp.signatureText(), rep);
        int len = text.length();
        boolean armoured = text.contains("-----BEGIN PGP ");
        int history = armoured ? len : QuotedHistory.start(text);
        if (history < len && text.substring(0, history).isBlank() && bottomPosted(text, history)) {
            history = len;
        }
        String newText = text.substring(0, history);

        int disclaimerAtEnd = disclaimer == null ? -1 : disclaimer.endingAt(text, at -> !onQuotedLine(text, at));
        boolean needDisclaimer = disclaimer != null && disclaimerAtEnd < 0 && !disclaimer.occursIn(newText);

        boolean needSignature = false;
        int signatureAt = len;
        if (signature != null) {
            String scope = newText;
            if (disclaimer != null) {
                int d = disclaimer.endingAt(scope);
                if (d >= 0) {
                    scope = scope.substring(0, d);
                }
            }
            needSignature = signature.endingAt(scope) < 0;
            if (history < len) {
                signatureAt = history;
            } else if (disclaimerAtEnd >= 0 && !armoured) {
                signatureAt = lineStartIfBlankBefore(text, disclaimerAtEnd);
            }
        }
        if (!needSignature && !needDisclaimer) {
            return Insertion.unchanged();
        }
        String sig = needSignature ? rep.plain(stamp.signatureText()) : null;
        String disc = needDisclaimer ? rep.plain(stamp.disclaimer()) : null;
        if ((needSignature && sig == null) || (needDisclaimer && disc == null)) {
            return Insertion.cannotHold();
        }
        String out = text;
        if (needSignature) {
            out = insert(out, signatureAt, sig);
        }
        if (needDisclaimer) {
            out = insert(out, out.length(), disc);
        }
        return new Insertion(out, false, needSignature, needDisclaimer);
    }

    /** Puts a block of lines at {@code pos}, on lines of its own, with a blank line around it. */
    static String insert(String text, int pos, String block) {
        StringBuilder sb = new StringBuilder(text.length() + block.length() + 8);
        sb.append(text, 0, pos);
        if (pos > 0 && !endsWithLineBreak(sb)) {
            sb.append('\n');
        }
        if (!sb.toString().isBlank() && !endsWithBlankLine(sb)) {
            sb.append('\n');
        }
        sb.append(block).append('\n');
        if (pos < text.length() && !startsWithBlankLine(text, pos)) {
            sb.append('\n');
        }
        sb.append(text, pos, text.length());
        return sb.toString();
    }

    private static boolean endsWithLineBreak(CharSequence s) {
        char c = s.charAt(s.length() - 1);
        return c == '\n' || c == '\r';
    }

    private static boolean endsWithBlankLine(CharSequence s) {
        int i = s.length();
        if (i == 0) {
            return true;
        }
        if (s.charAt(i - 1) == '\n') {
            i--;
            if (i > 0 && s.charAt(i - 1) == '\r') {
                i--;
            }
        } else if (s.charAt(i - 1) == '\r') {
            i--;
        } else {
            return false;
        }
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || s.charAt(i - 1) == '\n' || s.charAt(i - 1) == '\r';
    }

    private static boolean startsWithBlankLine(String s, int pos) {
        int i = pos;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r');
    }

    private static int lineStart(String text, int at) {
        int i = at;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static int lineStartIfBlankBefore(String text, int at) {
        int start = lineStart(text, at);
        return text.substring(start, at).isBlank() ? start : at;
    }

    static boolean onQuotedLine(String text, int at) {
        int i = lineStart(text, at);
        while (i < at && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '>';
    }

    /** Nothing new above the history, unquoted text after the "&gt;" lines: the reply is at the bottom. */
    private static boolean bottomPosted(String text, int history) {
        boolean quoted = false;
        String lastLine = null;
        for (String line : text.substring(history).split("\\r\\n|\\r|\\n")) {
            if (line.stripLeading().startsWith(">")) {
                quoted = true;
            }
            if (!line.isBlank()) {
                lastLine = line;
            }
        }
        return quoted && lastLine != null && !lastLine.stripLeading().startsWith(">");
    }
}
