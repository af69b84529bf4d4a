package uk.schoolgate.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.schoolgate.act.stamp.Stamper;
import uk.schoolgate.config.GatewayConfig;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.PolicyEngine;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.Location;
import uk.schoolgate.detect.TextSegment;
import uk.schoolgate.extract.AttachmentExtractor;
import uk.schoolgate.extract.ExtractedPart;
import uk.schoolgate.extract.Extraction;
import uk.schoolgate.parse.BodyText;
import uk.schoolgate.parse.MailSession;
import uk.schoolgate.parse.MessageParser;
import uk.schoolgate.parse.ParsedMessage;

/**
 * The one path every message takes, whichever door it came in by (SMTP relay, milter, the
 * quarantine's release, the scan command): parse, extract, detect, decide, stamp. Thread-safe;
 * build one per configuration and share it.
 */
public final class Pipeline implements AutoCloseable {
    private final GatewayConfig config;
    private final MessageParser parser = new MessageParser();
    private final AttachmentExtractor extractor;
    private final PolicyEngine policy;
    private final Stamper stamper;

    public Pipeline(GatewayConfig config) {
        MailSession.get(); // sets Jakarta Mail's MIME system properties before its classes read them
        this.config = config;
        this.extractor = new AttachmentExtractor(config.extraction());
        this.policy = new PolicyEngine(config.policy());
        this.stamper = new Stamper(config.stamping(), config.disclaimer(), config.school());
    }

    public GatewayConfig config() {
        return config;
    }

    /** Stops the extraction threads; for a configuration reload or shutdown. */
    @Override
    public void close() {
        extractor.close();
    }

    /** A message with a known envelope (the relay and the milter). */
    public PipelineResult process(byte[] raw, Envelope envelope) {
        return run(raw, parsed -> envelope);
    }

    /**
     * A saved message (the scan command): the envelope is the From address and every To, Cc and
     * Bcc address, unless {@code sender} / {@code recipients} are given.
     */
    public PipelineResult process(byte[] raw, Optional<String> sender, List<String> recipients) {
        return run(raw, parsed -> Envelope.fromHeaders(parsed, sender, recipients));
    }

    private PipelineResult run(byte[] raw, java.util.function.Function<ParsedMessage, Envelope> envelopeOf) {
        long t0 = System.nanoTime();
        ParsedMessage parsed = parser.parse(raw);
        Envelope envelope = envelopeOf.apply(parsed);
        long t1 = System.nanoTime();
        Extraction extraction = extractor.extract(parsed.parts());
        long t2 = System.nanoTime();
        List<Finding> findings = config.detectors().detect(segments(parsed, extraction.parts()));
        long t3 = System.nanoTime();
        List<Finding> enforced = findings.stream().filter(f -> !f.reportOnly()).toList();
        MessageFacts facts = new MessageFacts(envelope, parsed, extraction.parts(), enforced, config.school(),
                config.directory());
        List<String> notes = new ArrayList<>(parsed.problems());
        notes.addAll(extraction.notes());
        Verdict verdict = policy.decide(facts, findings, notes);
        long t4 = System.nanoTime();
        Optional<byte[]> outgoing = Optional.empty();
        if (verdict.action().leaves()) {
            Optional<StaffMember> sender = facts.sender();
            outgoing = Optional.of(stamper.stamp(raw, sender));
        }
        long t5 = System.nanoTime();
        return new PipelineResult(verdict, parsed.subject(), envelope, outgoing, new StageTimings(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4));
    }

    /** What the detectors would read for a message (parse and extract only): for benchmarks and tools. */
    public List<TextSegment> segmentsOf(byte[] raw) {
        ParsedMessage parsed = parser.parse(raw);
        return segments(parsed, extractor.extract(parsed.parts()).parts());
    }

    /** The texts detectors read: the subject, the body, each attachment's text and its file name. */
    static List<TextSegment> segments(ParsedMessage parsed, List<ExtractedPart> parts) {
        List<TextSegment> segments = new ArrayList<>();
        segments.add(TextSegment.of(Location.SUBJECT, parsed.subject()));
        for (BodyText body : parsed.bodies()) {
            segments.add(new TextSegment(Location.BODY, body.text(), body.quoteStart()));
        }
        for (ExtractedPart part : parts) {
            Location where = Location.attachment(part.path());
            String name = part.path().substring(part.path().lastIndexOf('/') + 1);
            segments.add(TextSegment.of(where, name));
            if (part.text() != null && !part.text().isEmpty()) {
                segments.add(TextSegment.of(where, part.text()));
            }
        }
        return segments;
    }
}
