package uk.schoolgate.act.stamp;

import uk.schoolgate.parse.PartInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.schoolgate.parse.MailSession;

/**
 * Stamps every message of the shared corpora (read in place, never copied into the project): no
 * exception, the output parses, every leaf part other than the stamped body text is unchanged
 * (decoded bytes and headers), every stamped part has the disclaimer exactly once, and stamping
 * the output again changes nothing.
 */
class CorpusStampTest {

    /** .eml and .msg files anywhere, the extensionless RFC 822 files of tika/mail, MimeKit's messages. */
    static List<Path> corpus(Path root) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).forEach(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (name.endsWith(".eml") || name.endsWith(".msg")
                        || (rel.startsWith("tika/mail/") && !name.endsWith(".mbox"))
                        || (rel.startsWith("mimekit/messages/") && name.endsWith(".txt"))) {
                    files.add(p);
                }
            });
        }
        return new ArrayList<>(files);
    }

    private record Leaf(String type, boolean bodyText, byte[] content, List<String> headers) {
    }

    @Test
    void everyCorpusMessageIsStampedSafely() throws Exception {
        Path root = CorpusLocation.root();
        assumeTrue(Files.isDirectory(root), "corpora absent: " + root);
        List<Path> files = corpus(root);
        assumeTrue(!files.isEmpty(), "no corpus messages");

        List<String> failures = new ArrayList<>();
        int changed = 0;
        int stampedParts = 0;
        List<String> unchanged = new ArrayList<>();
        for (Path file : files) {
            String rel = root.relativize(file).toString();
            try {
                byte[] in = Files.readAllBytes(file);
                StampResult result = StampFixtures.STAMPER.stampWithNotes(in, StampFixtures.JO);
                byte[] out = result.message();
                List<Leaf> before = leaves(in);
                List<Leaf> after = leaves(out);
                if (result.changed()) {
                    changed++;
                } else {
                    unchanged.add(rel + " " + result.notes());
                    if (!Arrays.equals(in, out)) {
                        failures.add(rel + ": unchanged but bytes differ");
                    }
                }
                boolean wrapped = after.size() == before.size() + 1 && !before.isEmpty()
                        && after.get(after.size() - 1).type().equals("text/plain")
                        && result.notes().stream().anyMatch(n -> n.contains("wrapped"));
                if (after.size() != before.size() && !wrapped) {
                    failures.add(rel + ": " + before.size() + " leaf parts before, " + after.size() + " after");
                    continue;
                }
                for (int i = 0; i < before.size(); i++) {
                    Leaf b = before.get(i);
                    Leaf a = after.get(i);
                    if (Arrays.equals(a.content(), b.content())) {
                        continue;
                    }
                    if (!b.bodyText()) {
                        failures.add(rel + ": non-body part " + (i + 1) + " (" + b.type() + ") changed");
                        continue;
                    }
                    stampedParts++;
                    String visible = visibleText(a);
                    int n = StampFixtures.count(visible, StampFixtures.DISCLAIMER);
                    if (n != 1) {
                        failures.add(rel + ": stamped part " + (i + 1) + " has the disclaimer " + n + " times");
                    }
                }
                StampResult again = StampFixtures.STAMPER.stampWithNotes(out, StampFixtures.JO);
                if (again.changed()) {
                    failures.add(rel + ": second stamping changed the message again " + again.notes());
                }
            } catch (Exception | AssertionError e) {
                failures.add(rel + ": " + e);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("corpus messages: ").append(files.size()).append(", stamped: ").append(changed)
                .append(", stamped text parts: ").append(stampedParts).append(", left unchanged: ")
                .append(unchanged.size()).append('\n');
        unchanged.forEach(u -> report.append("  unchanged: ").append(u).append('\n'));
        failures.forEach(f -> report.append("  FAILURE: ").append(f).append('\n'));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("stamp-corpus-report.txt"), report);
        }
        System.out.println(report);
        assertThat(failures).as(report.toString()).isEmpty();
    }

    private static String visibleText(Leaf leaf) {
        String cs = null;
        for (String h : leaf.headers()) {
            if (h.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                try {
                    cs = new ContentType(h.substring(13).strip()).getParameter("charset");
                } catch (Exception e) {
                    cs = null;
                }
            }
        }
        Charset charset;
        try {
            charset = cs == null ? StandardCharsets.ISO_8859_1 : Charset.forName(cs);
        } catch (Exception e) {
            charset = StandardCharsets.ISO_8859_1;
        }
        String text = new String(leaf.content(), charset);
        return leaf.type().equals("text/html") ? StampFixtures.htmlText(text) : text;
    }

    /** The leaf parts as Jakarta Mail sees them; attached messages and unreadable multiparts are leaves. */
    private static List<Leaf> leaves(byte[] raw) throws Exception {
        MimeMessage m = new MimeMessage(MailSession.get(), new SharedByteArrayInputStream(raw));
        List<Leaf> out = new ArrayList<>();
        collect(m, out, 0, false);
        return out;
    }

    private static void collect(MimePart part, List<Leaf> out, int depth, boolean digest) throws Exception {
        PartInfo info = PartInfo.of(part, digest);
        if (info.isMultipart() && depth < 40) {
            Multipart mp = null;
            try {
                Object content = part.getContent();
                mp = content instanceof Multipart m ? m : null;
            } catch (Exception e) {
                mp = null;
            }
            if (mp != null) {
                int count;
                try {
                    count = mp.getCount();
                } catch (Exception e) {
                    count = -1;
                }
                if (count >= 0) {
                    for (int i = 0; i < count; i++) {
                        collect((MimePart) mp.getBodyPart(i), out, depth + 1,
                                info.type().equals("multipart/digest"));
                    }
                    return;
                }
            }
        }
        boolean bodyText = info.isBodyTextType() && !info.isAttachment();
        List<String> headers = new ArrayList<>();
        try {
            headers.addAll(java.util.Collections.list(part.getAllHeaderLines()));
        } catch (Exception e) {
            // no headers
        }
        out.add(new Leaf(info.type(), bodyText, content(part), headers));
    }

    private static byte[] content(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (Exception e) {
            try (InputStream in = part instanceof MimeBodyPart b ? b.getRawInputStream()
                    : ((MimeMessage) part).getRawInputStream()) {
                return in.readAllBytes();
            } catch (Exception e2) {
                return new byte[0];
            }
        }
    }
}
