package uk.schoolgate.decide;

import java.util.List;
import java.util.Optional;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.School;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.extract.ExtractedPart;
import uk.schoolgate.parse.ParsedMessage;
import uk.schoolgate.pipeline.Envelope;

/**
 * Everything the rules may look at for one message. Findings here are the enforced ones: a
 * detector in report-only mode never changes the action.
 */
public record MessageFacts(Envelope envelope, ParsedMessage message, List<ExtractedPart> parts,
                           List<Finding> findings, School school, Directory directory) {

    public boolean isExternal(String address) {
        return !school.isInternal(address);
    }

    public boolean anyExternalRecipient() {
        return envelope.recipients().stream().anyMatch(this::isExternal);
    }

    /** The sender's staff record: the authenticated user when there is one, else the envelope sender. */
    public Optional<StaffMember> sender() {
        String who = envelope.authenticatedUser().filter(u -> u.contains("@")).orElse(envelope.sender());
        return who.isEmpty() ? Optional.empty() : directory.staff(who);
    }

    public List<Finding> findingsOf(FindingType... types) {
        List<FindingType> wanted = List.of(types);
        return findings.stream().filter(f -> wanted.contains(f.type())).toList();
    }
}
