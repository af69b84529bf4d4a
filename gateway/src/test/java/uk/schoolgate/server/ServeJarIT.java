package uk.schoolgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command as a user runs it: {@code java -jar gateway.jar serve}, a message sent
 * to it, then SIGTERM: the process stops cleanly and the message is in the outbox.
 */
class ServeJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on ([0-9.]+):(\\d+)");

    @TempDir
    Path dir;

    @Test
    void servesUntilSigtermThenStops() throws Exception {
        Path config = TestGateway.config(dir, null, "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", TestGateway.REPO.resolve("gateway/target/gateway.jar").toString(),
                "serve", "--config", config.toString())).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(2));
                    break;
                }
            }
            assertThat(port).as("the start-up line names the port").isPositive();

            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", Integer.toString(port));
            MimeMessage m = new MimeMessage(Session.getInstance(props));
            m.setFrom(new InternetAddress("head@hawthornlane.leeds.sch.uk"));
            m.setRecipients(Message.RecipientType.TO, "k.walker@hawthornlane.leeds.sch.uk");
            m.setSubject("From the jar");
            m.setText("Sent to the packaged gateway.");
            Transport.send(m);

            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stops after SIGTERM").isTrue();
            try (var files = Files.list(dir.resolve("data/outbox"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".eml")).toList()).singleElement()
                        .satisfies(f -> assertThat(Files.readString(f)).contains("Sent to the packaged gateway."));
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
