package uk.schoolgate.decide.rules;

import java.util.Locale;
import java.util.Optional;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagRule;
import uk.schoolgate.decide.MessageFacts;
import uk.schoolgate.decide.Trigger;
import uk.schoolgate.extract.ExtractedPart;

/**
 * ATTACHMENT_TOO_LARGE: the decoded attachments add up to more than the limit (2 MiB by default;
 * policy 002 s4 "Message size"). Decoded size, so base64's third more on the wire does not count.
 * Only the message's own attachments are summed: what is inside a zip or an attached message is
 * already part of that attachment's size.
 */
public final class AttachmentTooLargeRule implements FlagRule {
    private final long limitBytes;

    public AttachmentTooLargeRule(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    @Override
    public Optional<Trigger> evaluate(MessageFacts facts) {
        long total = facts.parts().stream().filter(p -> p.depth() == 0 && p.attachment())
                .mapToLong(ExtractedPart::size).sum();
        if (total <= limitBytes) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(Flag.ATTACHMENT_TOO_LARGE,
                "Your attachments total " + megabytes(total) + "; the school limit is " + megabytes(limitBytes) + ".",
                "Share large files through SharePoint or Teams instead, and send the link."));
    }

    /** "3.1 MB", "2 MB": binary megabytes, as Windows and Outlook show file sizes. */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb == Math.rint(mb)) {
            return String.format(Locale.ROOT, "%.0f MB", mb);
        }
        // Never round a size just over the limit down to the limit itself.
        double shown = Math.ceil(mb * 10) / 10;
        return String.format(Locale.ROOT, "%.1f MB", shown);
    }
}
