package uk.schoolgate.receive.milter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Postfix (Debian package {@code postfix}; CI installs it) for the milter tests: its own
 * configuration directory, queue and log in a temporary folder, never the system's; listening on
 * a free loopback port; every message checked by the milter at {@code inet:127.0.0.1:PORT} with
 * {@code milter_default_action = tempfail}; relaying everything to a local test server. Postfix
 * must run as root, so the tests that use it skip when not root or when Postfix is absent.
 */
public final class ThrowawayPostfix implements AutoCloseable {
    private final Path etc;
    private final Path log;
    private final int port;
    private boolean running;

    private ThrowawayPostfix(Path etc, Path log, int port) {
        this.etc = etc;
        this.log = log;
        this.port = port;
    }

    /** Whether Postfix can be run here: installed, and this test run is root. */
    public static boolean available() {
        return Files.isExecutable(Path.of("/usr/sbin/postfix")) && Files.isExecutable(Path.of("/usr/sbin/postconf"))
                && "root".equals(System.getProperty("user.name"));
    }

    /**
     * @param relayPort  where Postfix delivers everything (a test SMTP server on 127.0.0.1)
     * @param milterPort where the gateway's milter door listens
     */
    public static ThrowawayPostfix start(Path dir, int relayPort, int milterPort) {
        Path root = dir.resolve("postfix");
        Path etc = root.resolve("etc");
        Path log = root.resolve("postfix.log");
        int port = freePort();
        try {
            Files.createDirectories(etc);
            Files.createDirectories(root.resolve("queue"));
            Files.createDirectories(root.resolve("data"));
            Files.writeString(etc.resolve("main.cf"), "");
            Path master = Path.of("/usr/share/postfix/master.cf.dist");
            Files.copy(Files.exists(master) ? master : Path.of("/etc/postfix/master.cf"), etc.resolve("master.cf"));
            run("chown", "postfix", root.resolve("data").toString());
            // Postfix's daemons run as the postfix user: they must be able to reach their folders.
            Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            for (Path p = root.toAbsolutePath(); p != null && !p.equals(tmp) && !p.equals(p.getRoot()); p = p.getParent()) {
                run("chmod", "go+x", p.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String e = etc.toString();
        run("postconf", "-c", e, "-e",
                "compatibility_level = 3.6",
                "queue_directory = " + root.resolve("queue"),
                "data_directory = " + root.resolve("data"),
                "myhostname = mta.test", "mydomain = test", "syslog_name = postfix-milter-test",
                "inet_interfaces = 127.0.0.1", "inet_protocols = ipv4",
                "mydestination =", "local_recipient_maps =", "alias_maps =", "alias_database =",
                // Debian's "local only" setup sends everything to the error transport: override both.
                "relayhost = [127.0.0.1]:" + relayPort, "default_transport = smtp", "relay_transport = relay",
                "mynetworks = 127.0.0.0/8", "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination",
                "smtp_dns_support_level = disabled", "smtp_tls_security_level = none", "smtpd_tls_security_level = none",
                "biff = no", "message_size_limit = 52428800",
                "maillog_file_prefixes = /var, /dev/stdout, " + root, "maillog_file = " + log,
                // The recipe in docs/milter.md:
                "smtpd_milters = inet:127.0.0.1:" + milterPort,
                "non_smtpd_milters = $smtpd_milters",
                "milter_default_action = tempfail",
                "milter_protocol = 6",
                "milter_connect_timeout = 10s",
                "milter_command_timeout = 30s",
                "milter_content_timeout = 300s");
        run("postconf", "-c", e, "-F", "*/*/chroot = n");
        run("postconf", "-c", e, "-Me", "127.0.0.1:" + port + "/inet = 127.0.0.1:" + port + " inet n - n - - smtpd");
        run("postconf", "-c", e, "-MX", "smtp/inet");
        ThrowawayPostfix postfix = new ThrowawayPostfix(etc, log, port);
        run("postfix", "-c", e, "start");
        postfix.running = true;
        postfix.awaitListening(Duration.ofSeconds(30));
        return postfix;
    }

    /** The port Postfix's smtpd listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** Postfix's log so far. */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until Postfix has delivered (or bounced) everything it accepted. */
    public void awaitEmptyQueue(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (run("postqueue", "-c", etc.toString(), "-p").contains("Mail queue is empty")) {
                return;
            }
            run("postqueue", "-c", etc.toString(), "-f");
            Thread.sleep(100);
        }
        throw new IllegalStateException("Postfix still has mail queued after " + max.toSeconds() + " s:\n" + log());
    }

    /** Runs a shell-free command; returns its output; fails on a non-zero exit. */
    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + ": timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + ": exit " + p.exitValue() + "\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitListening(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            try (var s = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("Postfix is not listening on 127.0.0.1:" + port + "\n" + log());
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            run("postfix", "-c", etc.toString(), "stop");
        } catch (IllegalStateException e) {
            run("postfix", "-c", etc.toString(), "abort");
        }
        // "stop" returns before the master has gone; wait for its pid file to disappear.
        Path pid = etc.getParent().resolve("queue").resolve("pid").resolve("master.pid");
        for (int i = 0; i < 100 && Files.exists(pid); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
