package uk.schoolgate.decide.rules;

import java.util.List;
import java.util.Optional;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;
import uk.schoolgate.extract.ExtractedPart;

/**
 * EXECUTABLE_ATTACHMENT: an attachment is a program or script by its content, not its name, also
 * inside an archive or an attached message (policy 002 s4, 000 s6.1.6). The extractor decides
 * "executable" from the bytes; this rule only words the reason.
 */
public final class ExecutableAttachmentRule implements FlagRule {
    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        List<ExtractedPart> programs = facts.parts().stream().filter(ExtractedPart::executable).toList();
        if (programs.isEmpty()) {
            return Optional.empty();
        }
        ExtractedPart first = programs.get(0);
        String kind = first.executableKind() == null || first.executableKind().isBlank() ? "program" : first.executableKind();
        String what = "The attachment '" + first.path() + "' is a " + kind.toLowerCase(java.util.Locale.ROOT)
                + ", not a document" + (programs.size() > 1 ? " (and " + (programs.size() - 1) + " more)" : "")
                + ". Programs and scripts cannot be sent by email: they are how viruses spread.";
        return Optional.of(new Trigger(Flag.EXECUTABLE_ATTACHMENT, what,
                "If a colleague needs this software, ask the ICT technician to share it safely."));
    }
}
