package uk.schoolgate.testing;

import java.nio.charset.StandardCharsets;

/** Builds small raw messages for tests, with CRLF line endings. */
public final class Eml {
    private final StringBuilder headers = new StringBuilder();
    private String body = "Hello\n";

    public static Eml message() {
        return new Eml().header("MIME-Version", "1.0");
    }

    public Eml header(String name, String value) {
        headers.append(name).append(": ").append(value).append('\n');
        return this;
    }

    public Eml from(String v) {
        return header("From", v);
    }

    public Eml to(String v) {
        return header("To", v);
    }

    public Eml cc(String v) {
        return header("Cc", v);
    }

    public Eml bcc(String v) {
        return header("Bcc", v);
    }

    public Eml subject(String v) {
        return header("Subject", v);
    }

    public Eml body(String v) {
        this.body = v;
        return this;
    }

    public String text() {
        return (headers + "\n" + body).replace("\r\n", "\n").replace("\n", "\r\n");
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
