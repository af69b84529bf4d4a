package uk.schoolgate.act.deliver;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server on a loopback socket whose answers a test chooses: a given reply to MAIL, to
 * RCPT (for one address or all), to DATA or after the data; a session that is dropped after each
 * message; a server that never greets. It records every connection's commands and every message's
 * bytes exactly as they arrived (dot-stuffing undone), for assertions on the wire.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    /** One message as the server received it. */
    record Received(String mailFrom, List<String> rcptTo, byte[] data) {
    }

    private final ServerSocket server;
    private final Map<String, String> replies = new HashMap<>();
    private final List<String> extensions = new CopyOnWriteArrayList<>(List.of("PIPELINING", "8BITMIME", "SIZE 52428800"));
    private final List<List<String>> transcripts = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private volatile boolean dropAfterMessage;
    private volatile boolean silent;
    private volatile boolean closed;

    ScriptedSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "scripted-smtp");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Answers a command with this reply: key "MAIL", "RCPT", "RCPT <addr>", "DATA", "DOT", "AUTH", "NOOP". */
    ScriptedSmtpServer reply(String key, String reply) {
        replies.put(key.toUpperCase(Locale.ROOT), reply);
        return this;
    }

    ScriptedSmtpServer extensions(String... ext) {
        extensions.clear();
        extensions.addAll(List.of(ext));
        return this;
    }

    /** Closes the connection right after accepting each message, as an upstream's idle timeout would. */
    ScriptedSmtpServer dropAfterMessage() {
        dropAfterMessage = true;
        return this;
    }

    /** Accepts connections but never says a word. */
    ScriptedSmtpServer silent() {
        silent = true;
        return this;
    }

    int connections() {
        return transcripts.size();
    }

    int maxConcurrentConnections() {
        return maxOpen.get();
    }

    List<List<String>> transcripts() {
        return List.copyOf(transcripts);
    }

    List<String> allCommands() {
        List<String> all = new ArrayList<>();
        transcripts.forEach(all::addAll);
        return all;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                sockets.add(s);
                List<String> transcript = Collections.synchronizedList(new ArrayList<>());
                transcripts.add(transcript);
                Thread t = new Thread(() -> session(s, transcript), "scripted-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket socket, List<String> transcript) {
        maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            if (silent) {
                while (in.read() >= 0) {
                    // wait for the client to give up
                }
                return;
            }
            send(out, "220 scripted.test ESMTP");
            String from = null;
            List<String> rcpts = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null) {
                transcript.add(line);
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    StringBuilder sb = new StringBuilder("250-scripted.test");
                    for (String ext : extensions) {
                        sb.append("\r\n250-").append(ext);
                    }
                    sb.append("\r\n250 HELP");
                    send(out, sb.toString());
                } else if (upper.startsWith("HELO")) {
                    send(out, "250 scripted.test");
                } else if (upper.startsWith("AUTH")) {
                    send(out, replies.getOrDefault("AUTH", "235 2.7.0 Authentication successful"));
                } else if (upper.startsWith("MAIL FROM:")) {
                    from = line.substring(10);
                    rcpts.clear();
                    send(out, replies.getOrDefault("MAIL", "250 2.1.0 Ok"));
                } else if (upper.startsWith("RCPT TO:")) {
                    String addr = line.substring(8).replaceAll("[<>]", "").strip();
                    String reply = replies.getOrDefault("RCPT " + addr.toUpperCase(Locale.ROOT),
                            replies.getOrDefault("RCPT", "250 2.1.5 Ok"));
                    if (reply.startsWith("2")) {
                        rcpts.add(addr);
                    }
                    send(out, reply);
                } else if (upper.equals("DATA")) {
                    String reply = replies.getOrDefault("DATA", "354 End data with <CR><LF>.<CR><LF>");
                    send(out, reply);
                    if (!reply.startsWith("354")) {
                        continue;
                    }
                    byte[] data = readData(in);
                    String dot = replies.getOrDefault("DOT", "250 2.0.0 Ok: queued as SCRIPTED");
                    if (dot.startsWith("2")) {
                        received.add(new Received(from, List.copyOf(rcpts), data));
                    }
                    send(out, dot);
                    if (dropAfterMessage) {
                        return;
                    }
                } else if (upper.equals("RSET")) {
                    rcpts.clear();
                    send(out, "250 2.0.0 Ok");
                } else if (upper.equals("NOOP")) {
                    send(out, replies.getOrDefault("NOOP", "250 2.0.0 Ok"));
                } else if (upper.equals("QUIT")) {
                    send(out, "221 2.0.0 Bye");
                    return;
                } else {
                    send(out, "502 5.5.2 Command not recognised");
                }
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            open.decrementAndGet();
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.UTF_8);
            }
            b.write(c);
        }
        return null;
    }

    /** The data up to CRLF.CRLF, with dot-stuffing undone, each line's CRLF kept. */
    private static byte[] readData(InputStream in) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            line.write(c);
            if (c == '\n') {
                byte[] l = line.toByteArray();
                line.reset();
                if (l.length == 3 && l[0] == '.' && l[1] == '\r') {
                    return data.toByteArray();
                }
                int start = l.length > 0 && l[0] == '.' ? 1 : 0;
                data.write(l, start, l.length - start);
            }
        }
        throw new IOException("connection closed during DATA");
    }
}
