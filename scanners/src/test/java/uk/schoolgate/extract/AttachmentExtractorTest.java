package uk.schoolgate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.extract.Samples.utf8;

import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.schoolgate.config.ExtractionLimits;
import uk.schoolgate.extract.Unreadable.Reason;
import uk.schoolgate.parse.AttachmentPart;
import uk.schoolgate.parse.MailSession;

class AttachmentExtractorTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static AttachmentExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new AttachmentExtractor(ExtractionLimits.defaults());
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static AttachmentPart attachment(String name, byte[] content) {
        return new AttachmentPart(name, "application/octet-stream", content, true);
    }

    private static Extraction extract(AttachmentPart... parts) {
        return extractor.extract(List.of(parts));
    }

    private static ExtractedPart part(Extraction e, String path) {
        return e.parts().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not among " + e.parts().stream().map(ExtractedPart::path).toList()));
    }

    // --- documents -------------------------------------------------------------------------------

    @Test
    void wordDocumentWithATable() {
        byte[] docx = Samples.docx("Year 6 trip list", new String[][] {{"Ann Smith", "2015-03-02"}, {"Ben Jones", "2014-11-30"}});
        Extraction e = extract(attachment("trip.docx", docx));

        ExtractedPart p = part(e, "trip.docx");
        assertThat(p.mediaType()).isEqualTo(DOCX);
        assertThat(p.text()).contains("Year 6 trip list").contains("Ann Smith\t2015-03-02\nBen Jones\t2014-11-30");
        assertThat(p.size()).isEqualTo(docx.length);
        assertThat(p.depth()).isZero();
        assertThat(p.attachment()).isTrue();
        assertThat(p.executable()).isFalse();
        assertThat(p.unreadable()).isNull();
        assertThat(e.notes()).isEmpty();
    }

    @Test
    void spreadsheetRowsAreLinesWithTabs() {
        byte[] xlsx = Samples.xlsx(new String[][] {{"Name", "DOB", "Postcode"}, {"Ann Smith", "2015-03-02", "EX1 2AB"}});
        ExtractedPart p = part(extract(attachment("class list.xlsx", xlsx)), "class list.xlsx");

        assertThat(p.mediaType()).isEqualTo(XLSX);
        assertThat(p.text()).contains("Name\tDOB\tPostcode\nAnn Smith\t2015-03-02\tEX1 2AB");
    }

    @Test
    void pdfRtfHtmlAndPlainText() {
        Extraction e = extract(
                attachment("letter.pdf", Samples.pdf("Dear parents,", "the trip is on Friday.")),
                attachment("note.rtf", utf8("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 Hello {\\b world}.\\par}")),
                attachment("page.html", utf8("<html><body><p>Lunch menu</p><table><tr><td>Mon</td><td>Pasta</td></tr></table></body></html>")),
                attachment("notes.txt", utf8("Plain notes.\n")));

        assertThat(part(e, "letter.pdf").mediaType()).isEqualTo("application/pdf");
        // Each PDF text line is a line of its own: "DOB: 02/11/2017" must not run into the next line.
        assertThat(part(e, "letter.pdf").text()).contains("Dear parents,\nthe trip is on Friday.");
        assertThat(part(e, "note.rtf").mediaType()).isEqualTo("application/rtf");
        assertThat(part(e, "note.rtf").text()).contains("Hello world.");
        assertThat(part(e, "page.html").mediaType()).isEqualTo("text/html");
        assertThat(part(e, "page.html").text()).contains("Lunch menu").contains("Mon\tPasta");
        assertThat(part(e, "notes.txt").text()).isEqualTo("Plain notes.");
    }

    @Test
    void theNameOnlyRefinesPlainText() {
        Extraction e = extract(
                attachment("list.csv", utf8("name,dob\nAnn Smith,2015-03-02\n")),
                attachment("list.txt", utf8("name,dob\nAnn Smith,2015-03-02\n")));

        assertThat(part(e, "list.csv").mediaType()).isEqualTo("text/csv");
        assertThat(part(e, "list.csv").text()).contains("Ann Smith\t2015-03-02");
        assertThat(part(e, "list.txt").mediaType()).isEqualTo("text/plain");
    }

    // --- programs ----------------------------------------------------------------------------------

    @Test
    void programsAreFoundByContentNotName() {
        Extraction e = extract(
                attachment("report.pdf", Samples.windowsProgram(false)),
                attachment("setup.exe", utf8("This is only a text file with a misleading name.\n")),
                attachment("tidy.sh.txt", utf8("#!/bin/bash\nrm -rf ~/Documents\n")),
                attachment("fix.txt", utf8("@echo off\r\ndel /q %TEMP%\\*\r\n")));

        ExtractedPart renamed = part(e, "report.pdf");
        assertThat(renamed.executable()).isTrue();
        assertThat(renamed.executableKind()).isEqualTo("Windows program");
        assertThat(renamed.mediaType()).isNotEqualTo("application/pdf");

        ExtractedPart text = part(e, "setup.exe");
        assertThat(text.executable()).isFalse();
        assertThat(text.executableKind()).isNull();
        assertThat(text.mediaType()).isEqualTo("text/plain");

        assertThat(part(e, "tidy.sh.txt").executableKind()).isEqualTo("shell script");
        assertThat(part(e, "fix.txt").executableKind()).isEqualTo("Windows batch file");
        assertThat(part(e, "fix.txt").text()).contains("@echo off");
    }

    @Test
    void attachedMessageWithAZipWithAProgram() throws Exception {
        byte[] pack = Samples.zip(Map.of("setup.exe", Samples.windowsProgram(false), "readme.txt", utf8("Run setup.")));
        byte[] eml = message("Fwd: software for the ICT suite", "Please install the attached.", "pack.zip", pack);

        Extraction e = extractor.extract(List.of(new AttachmentPart("fwd.eml", "message/rfc822", eml, true)));

        ExtractedPart fwd = part(e, "fwd.eml");
        assertThat(fwd.mediaType()).isEqualTo("message/rfc822");
        assertThat(fwd.text()).contains("Fwd: software for the ICT suite").contains("Please install the attached.");
        assertThat(fwd.depth()).isZero();
        assertThat(fwd.attachment()).isTrue();

        ExtractedPart zip = part(e, "fwd.eml/pack.zip");
        assertThat(zip.mediaType()).isEqualTo("application/zip");
        assertThat(zip.depth()).isEqualTo(1);
        assertThat(zip.attachment()).as("nested items never count for the size rule").isFalse();
        assertThat(zip.size()).isEqualTo(pack.length);

        ExtractedPart exe = part(e, "fwd.eml/pack.zip/setup.exe");
        assertThat(exe.depth()).isEqualTo(2);
        assertThat(exe.executable()).isTrue();
        assertThat(exe.executableKind()).isEqualTo("Windows program");
        assertThat(exe.size()).isEqualTo(Samples.windowsProgram(false).length);
        assertThat(part(e, "fwd.eml/pack.zip/readme.txt").text()).isEqualTo("Run setup.");

        assertThat(e.parts()).extracting(ExtractedPart::path)
                .as("containers come before what they hold")
                .startsWith("fwd.eml", "fwd.eml/pack.zip");
    }

    @Test
    void tarGzWithAScript() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            byte[] script = utf8("#!/usr/bin/env python3\nimport os\n");
            TarArchiveEntry entry = new TarArchiveEntry("tools/clean.py");
            entry.setSize(script.length);
            tar.putArchiveEntry(entry);
            tar.write(script);
            tar.closeArchiveEntry();
        }
        Extraction e = extract(attachment("tools.tar.gz", out.toByteArray()));

        assertThat(part(e, "tools.tar.gz").mediaType()).isEqualTo("application/gzip");
        assertThat(part(e, "tools.tar.gz/tools.tar").depth()).isEqualTo(1);
        ExtractedPart script = part(e, "tools.tar.gz/tools.tar/tools/clean.py");
        assertThat(script.depth()).isEqualTo(2);
        assertThat(script.executableKind()).isEqualTo("Python script");
    }

    // --- archives and their limits -----------------------------------------------------------------

    @Test
    void nestedZipsGiveNestedPaths() {
        byte[] inner = Samples.zip(Map.of("class list.xlsx", Samples.xlsx(new String[][] {{"Ann Smith"}})));
        byte[] outer = Samples.zip(Map.of("inner.zip", inner));
        Extraction e = extract(attachment("pack.zip", outer));

        assertThat(e.parts()).extracting(ExtractedPart::path, ExtractedPart::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pack.zip", 0),
                org.assertj.core.groups.Tuple.tuple("pack.zip/inner.zip", 1),
                org.assertj.core.groups.Tuple.tuple("pack.zip/inner.zip/class list.xlsx", 2));
        assertThat(part(e, "pack.zip/inner.zip/class list.xlsx").text()).contains("Ann Smith");
        assertThat(part(e, "pack.zip/inner.zip/class list.xlsx").mediaType()).isEqualTo(XLSX);
    }

    @Test
    void aZipBombIsStoppedAtTheRatio() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(block); // 50 MiB of zeros, about 50 KiB compressed
            }
            zip.closeEntry();
        }
        long started = System.nanoTime();
        Extraction e = extract(attachment("bomb.zip", out.toByteArray()));
        long millis = (System.nanoTime() - started) / 1_000_000;

        ExtractedPart entry = part(e, "bomb.zip/zeros.bin");
        assertThat(entry.unreadable().reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(entry.size()).as("stopped a block after crossing the line").isLessThan(2L << 20);
        assertThat(e.notes()).anyMatch(n -> n.contains("bomb.zip/zeros.bin") && n.contains("100 times"));
        assertThat(millis).isLessThan(5000);
    }

    @Test
    void manySmallBombsAreStoppedByTheArchiveRatio() {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            entries.add(Map.entry("zeros" + i + ".txt", new byte[90 * 1024])); // each under the grace size
        }
        Extraction e = extract(attachment("many.zip", Samples.zip(entries)));

        ExtractedPart zip = part(e, "many.zip");
        assertThat(zip.unreadable().reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(e.parts().size()).isLessThan(401);
        assertThat(e.notes()).anyMatch(n -> n.startsWith("many.zip: unpacks to more than 100 times its own size"));
    }

    @Test
    void aSelfNestingZipStopsAtTheDepthLimit() {
        byte[] zip = utf8("the bottom");
        for (int i = 0; i < 12; i++) {
            zip = Samples.zip(Map.of("droste.zip", zip));
        }
        Extraction e = extract(attachment("droste.zip", zip));

        int maxDepth = ExtractionLimits.defaults().maxDepth();
        assertThat(e.parts()).hasSize(maxDepth + 1);
        assertThat(e.parts()).allMatch(p -> p.depth() <= maxDepth);
        ExtractedPart deepest = e.parts().get(maxDepth);
        assertThat(deepest.unreadable().reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(e.notes()).anyMatch(n -> n.contains("nested more than " + maxDepth + " levels"));
    }

    @Test
    void theEntryCountIsLimited() {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            entries.add(Map.entry("f" + i + ".txt", utf8("entry " + i)));
        }
        // A generous time budget: this test is about the entry count, not the clock (a loaded CI
        // machine reads a thousand tiny entries slowly).
        ExtractionLimits limits = new ExtractionLimits(2_000_000, 4, 1000, 100, 100L << 20, Duration.ofSeconds(120));
        Extraction e;
        try (AttachmentExtractor patient = new AttachmentExtractor(limits)) {
            e = patient.extract(List.of(attachment("pack.zip", Samples.zip(entries))));
        }

        assertThat(e.parts()).hasSize(1 + 1000);
        assertThat(part(e, "pack.zip").unreadable().reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(e.notes()).contains("archive pack.zip: more than 1000 entries; the rest were not read");
    }

    @Test
    void encryptedEntriesArePasswordProtected() {
        byte[] zip = Samples.markEncrypted(Samples.zip(Map.of("secret.txt", utf8("x"))));
        Extraction e = extract(attachment("locked.zip", zip));

        ExtractedPart entry = part(e, "locked.zip/secret.txt");
        assertThat(entry.unreadable().reason()).isEqualTo(Reason.PASSWORD_PROTECTED);
        assertThat(part(e, "locked.zip").unreadable()).isNull();
    }

    @Test
    void unpackedBytesAreLimitedPerMessage() {
        Random random = new Random(1);
        byte[] noise = new byte[600 * 1024];
        random.nextBytes(noise);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.bin", noise);
        entries.put("b.bin", noise);
        entries.put("c.bin", noise);
        ExtractionLimits small = new ExtractionLimits(1_000_000, 4, 1000, 100, 1024 * 1024, Duration.ofSeconds(10));
        try (AttachmentExtractor x = new AttachmentExtractor(small)) {
            Extraction e = x.extract(List.of(attachment("noise.zip", Samples.zip(entries))));

            assertThat(part(e, "noise.zip/a.bin").unreadable()).isNull();
            assertThat(part(e, "noise.zip/b.bin").unreadable().reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(part(e, "noise.zip/b.bin").size()).isEqualTo(1024 * 1024 - 600 * 1024);
            assertThat(e.parts()).extracting(ExtractedPart::path).doesNotContain("noise.zip/c.bin");
            assertThat(part(e, "noise.zip").unreadable().reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(e.notes()).anyMatch(n -> n.startsWith("unpacked-size limit of 1 MiB reached in noise.zip"));
        }
    }

    // --- unreadable files --------------------------------------------------------------------------

    @Test
    void passwordProtectedWordAndPdf() throws Exception {
        Extraction e = extract(attachment("locked.docx", encryptedDocx()), attachment("locked.pdf", encryptedPdf()));

        assertThat(part(e, "locked.docx").unreadable().reason()).isEqualTo(Reason.PASSWORD_PROTECTED);
        assertThat(part(e, "locked.pdf").unreadable().reason()).isEqualTo(Reason.PASSWORD_PROTECTED);
        assertThat(part(e, "locked.pdf").mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void corruptFilesAreReportedNotThrown() {
        byte[] pdf = Samples.pdf("Some text");
        byte[] truncatedDocx = Arrays.copyOf(Samples.docx("text", null), 300);
        Extraction e = extract(
                attachment("broken.pdf", utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage")),
                attachment("cut.docx", truncatedDocx),
                attachment("half.pdf", Arrays.copyOf(pdf, pdf.length / 3)));

        assertThat(part(e, "broken.pdf").unreadable().reason()).isEqualTo(Reason.CORRUPT);
        assertThat(part(e, "broken.pdf").unreadable().detail()).doesNotContain("Catalog");
        assertThat(part(e, "cut.docx").unreadable().reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.parts()).filteredOn(p -> p.depth() == 0).hasSize(3);
    }

    // --- message-wide limits -----------------------------------------------------------------------

    @Test
    void theCharacterLimitIsPerMessage() {
        ExtractionLimits limits = new ExtractionLimits(20, 4, 1000, 100, 1 << 20, Duration.ofSeconds(10));
        try (AttachmentExtractor x = new AttachmentExtractor(limits)) {
            Extraction e = x.extract(List.of(attachment("a.txt", utf8("0123456789012345")),
                    attachment("b.txt", utf8("abcdefghijklmnop")), attachment("c.txt", utf8("more"))));

            assertThat(part(e, "a.txt").text()).isEqualTo("0123456789012345");
            assertThat(part(e, "a.txt").unreadable()).isNull();
            assertThat(part(e, "b.txt").text()).isNotEmpty().isSubstringOf("abcdefghijklmnop").hasSizeLessThan(16);
            assertThat(part(e, "b.txt").unreadable().reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(part(e, "c.txt").text()).isEmpty();
            assertThat(e.notes()).containsExactly("text limit of 20 characters reached in b.txt; later text was not kept");
        }
    }

    @Test
    void theTimeBudgetStopsASlowParseAndKeepsWhatWasRead() {
        StringBuilder big = new StringBuilder();
        while (big.length() < 40_000_000) {
            big.append("Line of a very long register export, pupil number ").append(big.length()).append('\n');
        }
        ExtractionLimits limits = new ExtractionLimits(Long.MAX_VALUE, 4, 1000, 100, 1 << 20, Duration.ofMillis(300));
        List<AttachmentPart> parts = List.of(attachment("register.txt", utf8(big.toString())),
                attachment("tool.pdf", Samples.windowsProgram(false)));
        try (AttachmentExtractor x = new AttachmentExtractor(limits)) {
            long started = System.nanoTime();
            Extraction e = x.extract(parts);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(millis).as("budget plus the grace period").isLessThan(300 + ParseThreads.GRACE_NANOS / 1_000_000 + 700);
            ExtractedPart slow = part(e, "register.txt");
            assertThat(slow.unreadable().reason()).isEqualTo(Reason.TIMED_OUT);
            assertThat(slow.text()).as("text read so far is kept").startsWith("Line of a very long register export");
            assertThat(slow.text().length()).isLessThan(big.length());

            ExtractedPart late = part(e, "tool.pdf");
            assertThat(late.unreadable().reason()).isEqualTo(Reason.TIMED_OUT);
            assertThat(late.executable()).as("even an unread part is checked for programs").isTrue();
            assertThat(late.size()).isEqualTo(Samples.windowsProgram(false).length);
            assertThat(e.notes()).anyMatch(n -> n.startsWith("time budget of 300 ms used up while reading register.txt"));
        }
    }

    @Test
    void aParserThatReportsNothingForLongIsNotWaitedForBeyondTheDeadline() {
        // Tika's HTML parser builds the whole document tree before its first event, so the
        // cooperative brake has nothing to act on: only the hard timeout can return in time.
        StringBuilder html = new StringBuilder("<html><body>");
        while (html.length() < 30_000_000) {
            html.append("<div><span class=\"x\">pupil</span><b>note</b></div>");
        }
        List<AttachmentPart> parts = List.of(attachment("huge.html", utf8(html.append("</body></html>").toString())));
        ExtractionLimits limits = new ExtractionLimits(1_000_000, 4, 1000, 100, 1 << 20, Duration.ofMillis(200));
        try (AttachmentExtractor x = new AttachmentExtractor(limits)) {
            long started = System.nanoTime();
            Extraction e = x.extract(parts);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(millis).isLessThan(200 + ParseThreads.GRACE_NANOS / 1_000_000 + 700);
            assertThat(part(e, "huge.html").unreadable().reason()).isEqualTo(Reason.TIMED_OUT);
            assertThat(part(e, "huge.html").mediaType()).isEqualTo("text/html");
        }
    }

    @Test
    void oneExtractorServesManyThreadsAtOnce() throws Exception {
        byte[] pack = Samples.zip(Map.of("setup.exe", Samples.windowsProgram(false),
                "list.xlsx", Samples.xlsx(new String[][] {{"Ann Smith", "2015-03-02"}})));
        byte[] docx = Samples.docx("Report for Ben Jones", null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Extraction>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> extract(attachment("pack.zip", pack), attachment("report.docx", docx))));
            }
            for (java.util.concurrent.Future<Extraction> result : results) {
                Extraction e = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(e.parts()).extracting(ExtractedPart::path)
                        .containsExactlyInAnyOrder("pack.zip", "pack.zip/list.xlsx", "pack.zip/setup.exe", "report.docx");
                assertThat(part(e, "pack.zip/setup.exe").executable()).isTrue();
                assertThat(part(e, "pack.zip/list.xlsx").text()).contains("Ann Smith\t2015-03-02");
                assertThat(part(e, "report.docx").text()).isEqualTo("Report for Ben Jones");
                assertThat(e.parts()).allMatch(p -> p.unreadable() == null);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nothingIsThrownForOddInput() {
        assertThat(extractor.extract(null).parts()).isEmpty();
        assertThat(extractor.extract(List.of()).parts()).isEmpty();
        Extraction e = extractor.extract(Arrays.asList(null, new AttachmentPart(null, null, null, false),
                new AttachmentPart("empty.bin", "application/octet-stream", new byte[0], true)));
        assertThat(e.parts()).hasSize(2);
        assertThat(e.parts()).allMatch(p -> p.unreadable() == null && p.text().isEmpty());
        assertThat(part(e, "empty.bin").size()).isZero();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static byte[] message(String subject, String body, String fileName, byte[] attachment) throws Exception {
        MimeMessage m = new MimeMessage(MailSession.get());
        m.setFrom("teacher@oakfield.sch.uk");
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, "head@oakfield.sch.uk");
        m.setSubject(subject, "UTF-8");
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/zip")));
        file.setFileName(fileName);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(file);
        m.setContent(mixed);
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    private static byte[] encryptedDocx() throws Exception {
        byte[] plain = Samples.docx("Confidential: safeguarding notes", null);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.pdf("Confidential"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
