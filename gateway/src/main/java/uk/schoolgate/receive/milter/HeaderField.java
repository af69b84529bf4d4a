package uk.schoolgate.receive.milter;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One header field as the MTA passes it: the name, and the value exactly as it follows the colon
 * (leading space included; continuation lines joined by LF, as the milter protocol writes them).
 */
record HeaderField(String name, String value) {
    HeaderField {
        value = lf(value);
    }

    boolean named(String other) {
        return name.equalsIgnoreCase(other);
    }

    String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The field as it stands in a message: "Name:value" with CRLF line endings. */
    byte[] wire() {
        return (name + ":" + value.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Any CRLF or lone CR as LF: the protocol's form, and the one values are compared in. */
    static String lf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
