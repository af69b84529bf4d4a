package uk.schoolgate.extract;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * The one Tika set-up the gateway uses, built once (about 1.4 s) and shared by every extractor and
 * thread: AutoDetectParser and its detector are thread-safe.
 *
 * <p>Two parsers of Tika's default set are left out because they start other programs: the OCR
 * parser (tesseract) and the external parsers (ffmpeg, exiftool, sox, which Tika probes by running
 * them at start-up). A mail gateway must not spawn processes per attachment, and staff do not send
 * scanned text we are obliged to read. PDF OCR is switched off in each parse as well.
 */
final class TikaSetup {
    private static final String CONFIG = """
            <properties>
              <parsers>
                <parser class="org.apache.tika.parser.DefaultParser">
                  <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
                  <parser-exclude class="org.apache.tika.parser.external.CompositeExternalParser"/>
                </parser>
              </parsers>
            </properties>
            """;

    final TikaConfig config;
    final AutoDetectParser parser;
    final TypeDetector types;

    private TikaSetup() {
        try {
            config = new TikaConfig(new ByteArrayInputStream(CONFIG.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("Tika could not be configured", e);
        }
        parser = new AutoDetectParser(config);
        types = new TypeDetector(config.getDetector(), config.getMimeRepository());
    }

    static TikaSetup get() {
        return Holder.INSTANCE;
    }

    /** A context for one parse: embedded objects go to {@code embedded}; no OCR; no macro source. */
    ParseContext context(EmbeddedDocumentExtractor embedded) {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, embedded);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractActions(false);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
        // A few parsers hand wrapped content straight to "the parser" rather than treating it as an
        // embedded object: Tika's PKCS#7 parser does so with the content of an opaque-signed S/MIME
        // message. Without this, that content would not be read at all.
        context.set(Parser.class, parser);
        return context;
    }

    /** Lazy, thread-safe, once: the first extractor pays for Tika's start-up. */
    private static final class Holder {
        static final TikaSetup INSTANCE = new TikaSetup();
    }
}
