package uk.schoolgate.receive.milter;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The MTA's side of the milter protocol (version 6), written from the protocol description rather
 * than with jmilter, so that the door is tested against an independent implementation: it
 * negotiates as Postfix does (every action and step offered), sends commands, honours the
 * no-reply steps the milter asked for, and collects everything the milter answers at the end of
 * a message.
 */
final class MtaClient implements AutoCloseable {
    static final int ALL_ACTIONS = 0x1FF;
    static final int ALL_STEPS = 0x1FFFFF;

    /** One packet from the milter: its command letter and payload. */
    record Packet(char command, byte[] payload) {
        String text() {
            int end = payload.length > 0 && payload[payload.length - 1] == 0 ? payload.length - 1 : payload.length;
            return new String(payload, 0, end, StandardCharsets.UTF_8);
        }

        /** For 'h' (add header) and 'm' (change header): index (change only), name, value. */
        List<String> fields() {
            int start = command == 'm' ? 4 : 0;
            List<String> out = new ArrayList<>();
            if (command == 'm') {
                out.add(Integer.toString(ByteBuffer.wrap(payload, 0, 4).getInt()));
            }
            int from = start;
            for (int i = start; i < payload.length; i++) {
                if (payload[i] == 0) {
                    out.add(new String(payload, from, i - from, StandardCharsets.UTF_8));
                    from = i + 1;
                }
            }
            return out;
        }
    }

    /** What the milter said at the end of a message: modifications and progress, then the verdict. */
    record EndOfMessage(List<Packet> before, Packet verdict) {
        List<Packet> all(char command) {
            return before.stream().filter(p -> p.command() == command).toList();
        }

        byte[] replacedBody() {
            var out = new java.io.ByteArrayOutputStream();
            all('b').forEach(p -> out.writeBytes(p.payload()));
            return out.toByteArray();
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    int milterActions;
    int milterSteps;
    String requestedMacros = "";

    MtaClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
    }

    /** Negotiates; returns the milter's reply. */
    Packet optneg(int actions, int steps) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(12).putInt(6).putInt(actions).putInt(steps);
        send('O', b.array());
        Packet reply = read();
        ByteBuffer r = ByteBuffer.wrap(reply.payload());
        r.getInt();
        milterActions = r.getInt();
        milterSteps = r.getInt();
        StringBuilder macros = new StringBuilder();
        while (r.remaining() >= 4) {
            int stage = r.getInt();
            int start = r.position();
            while (r.get() != 0) {
                // up to the terminating zero
            }
            macros.append(stage).append('=')
                    .append(new String(reply.payload(), start, r.position() - start - 1, StandardCharsets.US_ASCII)).append(';');
        }
        requestedMacros = macros.toString();
        return reply;
    }

    MtaClient negotiate() throws IOException {
        optneg(ALL_ACTIONS, ALL_STEPS);
        return this;
    }

    void macros(char stage, Map<String, String> values) throws IOException {
        var b = new java.io.ByteArrayOutputStream();
        b.write(stage);
        for (var e : values.entrySet()) {
            b.writeBytes(zero(e.getKey()));
            b.writeBytes(zero(e.getValue()));
        }
        send('D', b.toByteArray());
    }

    void mail(String... args) throws IOException {
        command('M', zeros(args), 0x4000);
    }

    void rcpt(String... args) throws IOException {
        command('R', zeros(args), 0x8000);
    }

    void header(String name, String value) throws IOException {
        command('L', zeros(name, value), 0x80);
    }

    void eoh() throws IOException {
        if ((milterSteps & 0x40) == 0) {
            command('N', new byte[0], 0x40000);
        }
    }

    void body(byte[] chunk) throws IOException {
        command('B', chunk, 0x80000);
    }

    EndOfMessage eom() throws IOException {
        send('E', new byte[0]);
        List<Packet> before = new ArrayList<>();
        while (true) {
            Packet p = read();
            if ("acdrty".indexOf(p.command()) >= 0) {
                return new EndOfMessage(before, p);
            }
            before.add(p);
        }
    }

    void abort() throws IOException {
        send('A', new byte[0]);
    }

    /** A whole message: MAIL, RCPT, every header, the body, end of message. */
    EndOfMessage message(String from, List<String> to, List<String[]> headers, String body) throws IOException {
        mail("<" + from + ">");
        for (String r : to) {
            rcpt("<" + r + ">");
        }
        for (String[] h : headers) {
            header(h[0], h[1]);
        }
        eoh();
        body(body.getBytes(StandardCharsets.UTF_8));
        return eom();
    }

    /** Sends a command and, unless the milter asked not to answer it, reads and checks the continue. */
    private void command(char command, byte[] payload, int noReplyBit) throws IOException {
        send(command, payload);
        if ((milterSteps & noReplyBit) == 0) {
            Packet reply = read();
            if (reply.command() != 'c') {
                throw new IOException("expected continue after '" + command + "', got '" + reply.command() + "'");
            }
        }
    }

    void send(char command, byte[] payload) throws IOException {
        out.writeInt(payload.length + 1);
        out.writeByte(command);
        out.write(payload);
        out.flush();
    }

    Packet read() throws IOException {
        int length = in.readInt();
        char command = (char) in.readUnsignedByte();
        byte[] payload = new byte[length - 1];
        in.readFully(payload);
        return new Packet(command, payload);
    }

    /** True when the milter closed the connection (the next read meets the end of the stream). */
    boolean closedByMilter() {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static byte[] zeros(String... parts) {
        var b = new java.io.ByteArrayOutputStream();
        for (String p : parts) {
            b.writeBytes(zero(p));
        }
        return b.toByteArray();
    }

    private static byte[] zero(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        byte[] z = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, z, 0, bytes.length);
        return z;
    }

    @Override
    public void close() throws IOException {
        try {
            send('Q', new byte[0]);
        } catch (IOException e) {
            // already closed
        }
        socket.close();
    }
}
