package uk.schoolgate.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.schoolgate.config.ConfigLoader;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.GatewayConfig;

/**
 * The server's own sections of gateway.yaml, read with the same validation as the rest (unknown
 * keys and bad values stop the gateway with the file, line and key).
 */
public record ServerSettings(SmtpSettings smtp, Optional<UpstreamSettings> upstream, StorageSettings storage,
                             Optional<Path> usersFile, NotificationSettings notifications,
                             Optional<MilterSettings> milter) {

    /** The whole configuration: what the pipeline needs and what the server needs. */
    public record Loaded(GatewayConfig gateway, ServerSettings server) {
    }

    public static Loaded load(Path configDir, Path workingDir) {
        ServerSettings[] holder = new ServerSettings[1];
        GatewayConfig gateway = ConfigLoader.load(configDir, root -> holder[0] = read(root, baseOf(configDir), workingDir));
        return new Loaded(gateway, holder[0].withDefaultsFrom(gateway));
    }

    private static Path baseOf(Path configDir) {
        Path file = Files.isDirectory(configDir) ? configDir.resolve(ConfigLoader.FILE_NAME) : configDir;
        return file.toAbsolutePath().getParent();
    }

    static ServerSettings read(ConfigNode root, Path base, Path workingDir) {
        SmtpSettings smtp = smtp(root.section("smtp"), base);
        Optional<UpstreamSettings> upstream = root.has("upstream") ? Optional.of(upstream(root.section("upstream"), base))
                : Optional.empty();
        Path dataDir = workingDir.resolve(root.string("data_dir", "data")).toAbsolutePath().normalize();
        ConfigNode db = root.section("database");
        String url = db.string("url", "jdbc:h2:file:" + dataDir.resolve("quarantine") + ";MODE=PostgreSQL");
        StorageSettings storage = new StorageSettings(dataDir, url, db.optionalString("username"),
                secret(db, "password", base));
        Optional<Path> users = root.optionalString("users").map(base::resolve);
        users.ifPresent(p -> {
            if (!Files.isRegularFile(p)) {
                throw root.error("users", p + ": no such file");
            }
        });
        ConfigNode n = root.section("notifications");
        NotificationSettings notifications = new NotificationSettings(n.bool("enabled", true), n.string("from", ""));
        Optional<MilterSettings> milter = root.has("milter") ? Optional.of(milter(root.section("milter"), smtp))
                : Optional.empty();
        return new ServerSettings(smtp, upstream, storage, users, notifications, milter);
    }

    /** Fills what depends on the school (the notification sender's address). */
    private ServerSettings withDefaultsFrom(GatewayConfig gateway) {
        String from = notifications.from().isBlank() ? "postmaster@" + gateway.school().domains().get(0)
                : notifications.from();
        return new ServerSettings(smtp, upstream, storage, usersFile, new NotificationSettings(notifications.enabled(), from),
                milter);
    }

    /** "host:port" of a listener; {@code [::1]:8899} for IPv6. */
    private record Listen(String host, int port) {
        static Listen read(ConfigNode node, String defaultValue, String example) {
            String listen = node.string("listen", defaultValue);
            int colon = listen.lastIndexOf(':');
            if (colon <= 0) {
                throw node.error("listen", "expected host:port, e.g. " + example);
            }
            String host = listen.substring(0, colon).replace("[", "").replace("]", "");
            int port;
            try {
                port = Integer.parseInt(listen.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw node.error("listen", "expected host:port, e.g. " + example);
            }
            if (port < 0 || port > 65535) {
                throw node.error("listen", "port must be between 0 and 65535");
            }
            return new Listen(host, port);
        }
    }

    /**
     * The milter listener: loopback unless told otherwise (the milter protocol has no
     * authentication); a message is kept in memory up to the SMTP door's size limit unless set.
     */
    private static MilterSettings milter(ConfigNode node, SmtpSettings smtp) {
        Listen listen = Listen.read(node, "127.0.0.1:8899", "127.0.0.1:8899");
        return new MilterSettings(listen.host(), listen.port(),
                Duration.ofSeconds(node.longValue("timeout_seconds", 120, 5, 3_600)),
                Duration.ofSeconds(node.longValue("progress_seconds", 5, 1, 60)),
                node.longValue("max_message_bytes", smtp.maxMessageBytes(), 1024, Integer.MAX_VALUE));
    }

    private static SmtpSettings smtp(ConfigNode node, Path base) {
        Listen listen = Listen.read(node, "127.0.0.1:2525", "0.0.0.0:587");
        String host = listen.host();
        int port = listen.port();
        List<Network> trusted = new ArrayList<>();
        for (String cidr : node.stringList("trusted_networks", List.of("127.0.0.0/8", "::1/128"))) {
            try {
                trusted.add(Network.parse(cidr));
            } catch (IllegalArgumentException e) {
                throw node.error("trusted_networks", e.getMessage());
            }
        }
        Optional<Path> cert = node.optionalString("tls_certificate").map(base::resolve);
        Optional<Path> key = node.optionalString("tls_key").map(base::resolve);
        if (cert.isPresent() != key.isPresent()) {
            throw node.error(cert.isPresent() ? "tls_key" : "tls_certificate",
                    "give both tls_certificate and tls_key (PEM files)");
        }
        for (var entry : List.of(cert, key)) {
            if (entry.isPresent() && !Files.isReadable(entry.get())) {
                throw node.error(entry == cert ? "tls_certificate" : "tls_key", entry.get() + ": cannot read the file");
            }
        }
        return new SmtpSettings(host, port, node.string("hostname", localHostName()), List.copyOf(trusted), cert, key,
                node.longValue("max_message_bytes", 25L * 1024 * 1024, 1024, Integer.MAX_VALUE),
                node.intValue("max_recipients", 100, 1, 10_000),
                node.intValue("max_connections", 200, 1, 100_000),
                node.intValue("max_connections_per_client", 20, 1, 100_000),
                node.intValue("max_line_length", 4096, 1000, 1_000_000),
                node.intValue("max_header_lines", 1000, 10, 100_000),
                Duration.ofSeconds(node.longValue("session_timeout_seconds", 600, 10, 86_400)),
                Duration.ofSeconds(node.longValue("idle_timeout_seconds", 60, 5, 3_600)));
    }

    private static UpstreamSettings upstream(ConfigNode node, Path base) {
        String host = node.string("host");
        UpstreamSettings.Tls tls = node.enumValue("tls", UpstreamSettings.Tls.class, UpstreamSettings.Tls.STARTTLS_REQUIRED);
        int defaultPort = tls == UpstreamSettings.Tls.IMPLICIT ? 465 : 587;
        Optional<String> user = node.optionalString("username");
        Optional<String> password = secret(node, "password", base);
        if (user.isPresent() != password.isPresent()) {
            throw node.error(user.isPresent() ? "password" : "username", "give both username and password (or password_file)");
        }
        return new UpstreamSettings(host, node.intValue("port", defaultPort, 1, 65535), tls, user, password,
                Duration.ofSeconds(node.longValue("timeout_seconds", 30, 1, 600)), node.intValue("connections", 4, 1, 100));
    }

    /** A secret given inline ({@code password:}) or, better, in a file ({@code password_file:}). */
    private static Optional<String> secret(ConfigNode node, String key, Path base) {
        Optional<String> inline = node.optionalString(key);
        Optional<String> file = node.optionalString(key + "_file");
        if (inline.isPresent() && file.isPresent()) {
            throw node.error(key + "_file", "give either " + key + " or " + key + "_file, not both");
        }
        if (file.isPresent()) {
            Path path = base.resolve(file.get());
            try {
                return Optional.of(Files.readString(path).strip());
            } catch (java.io.IOException | RuntimeException e) {
                throw node.error(key + "_file", path + ": cannot read the file");
            }
        }
        return inline;
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
