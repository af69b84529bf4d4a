package uk.schoolgate.decide;

import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;
import uk.schoolgate.extract.ExtractedPart;
import uk.schoolgate.parse.MessageParser;
import uk.schoolgate.parse.ParsedMessage;
import uk.schoolgate.pipeline.Envelope;
import uk.schoolgate.testing.Eml;
import uk.schoolgate.testing.TestSchool;

/** Builds MessageFacts for rule tests. */
public final class Facts {
    private Eml eml = Eml.message().from("teacher@oakfield.sch.uk").to("colleague@oakfield.sch.uk").subject("Hello");
    private final List<ExtractedPart> parts = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private String sender;
    private List<String> recipients;

    public static Facts message() {
        return new Facts();
    }

    public Facts eml(Eml eml) {
        this.eml = eml;
        return this;
    }

    public Facts envelope(String sender, String... recipients) {
        this.sender = sender;
        this.recipients = List.of(recipients);
        return this;
    }

    public Facts attachment(String name, long size) {
        parts.add(new ExtractedPart(name, "application/pdf", size, 0, true, "", false, null, null));
        return this;
    }

    public Facts part(ExtractedPart part) {
        parts.add(part);
        return this;
    }

    public Facts finding(FindingType type) {
        return finding(type, null);
    }

    public Facts finding(FindingType type, String subject) {
        findings.add(new Finding(type, Location.BODY, 0, 1, "x", 0.9, subject, "test", false));
        return this;
    }

    public MessageFacts build() {
        ParsedMessage parsed = new MessageParser().parse(eml.bytes());
        Envelope envelope = sender == null ? Envelope.fromHeaders(parsed, java.util.Optional.empty(), List.of())
                : new Envelope(sender, recipients);
        return new MessageFacts(envelope, parsed, List.copyOf(parts), List.copyOf(findings), TestSchool.SCHOOL,
                TestSchool.DIRECTORY);
    }

    public List<Finding> findings() {
        return findings;
    }
}
