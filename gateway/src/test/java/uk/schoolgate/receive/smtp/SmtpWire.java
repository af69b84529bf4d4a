package uk.schoolgate.receive.smtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A raw SMTP client for protocol edge cases: exact bytes out, whole replies back. */
final class SmtpWire implements AutoCloseable {
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private SmtpWire(Socket socket) throws IOException {
        use(socket);
    }

    private void use(Socket s) throws IOException {
        socket = s;
        socket.setSoTimeout(20_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Connects and reads the greeting. */
    static SmtpWire connect(int port) throws IOException {
        return new SmtpWire(new Socket("127.0.0.1", port));
    }

    String greeting() throws IOException {
        return reply();
    }

    /** Connects, checks the 220 greeting and says EHLO. */
    static SmtpWire ready(int port) throws IOException {
        SmtpWire wire = connect(port);
        expect(wire.greeting(), "220 ");
        expect(wire.command("EHLO client.example"), "250");
        return wire;
    }

    static String expect(String reply, String prefix) {
        if (!reply.startsWith(prefix)) {
            throw new AssertionError("expected a reply starting '" + prefix + "', got: " + reply);
        }
        return reply;
    }

    String command(String line) throws IOException {
        send(line + "\r\n");
        return reply();
    }

    void send(String text) throws IOException {
        sendBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** One whole reply; the lines of a multi-line reply are joined with "\n". */
    String reply() throws IOException {
        StringBuilder all = new StringBuilder();
        while (true) {
            String line = line();
            if (line == null) {
                return all.length() == 0 ? "<closed>" : all + "\n<closed>";
            }
            if (all.length() > 0) {
                all.append('\n');
            }
            all.append(line);
            if (line.length() < 4 || line.charAt(3) != '-') {
                return all.toString();
            }
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int prev = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b == '\n' && prev == '\r') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            }
            line.write(b);
            prev = b;
        }
    }

    /** True when the server has sent something not yet read. */
    boolean hasReply() throws IOException {
        return in.available() > 0;
    }

    /** True when the server has closed the connection (reads end of stream). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    void startTls() throws Exception {
        expect(command("STARTTLS"), "220");
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustEverything()}, null);
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, "localhost", socket.getPort(), true);
        tls.startHandshake();
        use(tls);
        expect(command("EHLO client.example"), "250");
    }

    String authPlain(String user, String password) throws IOException {
        String secret = "\0" + user + "\0" + password;
        return command("AUTH PLAIN " + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** MAIL, RCPT, DATA and the message (which must end with CRLF); returns the reply to the data. */
    String send(String from, String to, String message) throws IOException {
        expect(command("MAIL FROM:<" + from + ">"), "250");
        expect(command("RCPT TO:<" + to + ">"), "250");
        expect(command("DATA"), "354");
        send(message + ".\r\n");
        return reply();
    }

    static X509TrustManager trustEverything() {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
