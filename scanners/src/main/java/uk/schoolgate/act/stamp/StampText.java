package uk.schoolgate.act.stamp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.schoolgate.config.School;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.config.StampSettings;

/**
 * What one message gets: the sender's signature lines (name, job title, school name, school
 * address, school phone; blank items left out) and the disclaimer, each possibly absent.
 *
 * @param signatureLines the signature, one item per line; empty for no signature
 * @param disclaimer     the disclaimer with LF line breaks; null for no disclaimer
 */
record StampText(List<String> signatureLines, String disclaimer) {
    StampText {
        signatureLines = List.copyOf(signatureLines);
    }

    static StampText of(StampSettings settings, String disclaimer, School school, Optional<StaffMember> sender) {
        List<String> lines = settings.signature() && sender.isPresent() ? signature(sender.get(), school) : List.of();
        String text = settings.disclaimer() ? cleanDisclaimer(disclaimer) : null;
        return new StampText(lines, text);
    }

    /** The signature block of a member of staff, one item per line. */
    static List<String> signature(StaffMember staff, School school) {
        List<String> lines = new ArrayList<>();
        add(lines, staff.name());
        add(lines, staff.jobTitle());
        if (school != null) {
            add(lines, school.name());
            add(lines, school.address());
            add(lines, school.phone());
        }
        return lines;
    }

    private static void add(List<String> lines, String item) {
        if (item == null) {
            return;
        }
        for (String line : item.split("\\r\\n|\\r|\\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
    }

    private static String cleanDisclaimer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : text.strip().split("\\r\\n|\\r|\\n", -1)) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(line.stripTrailing());
        }
        return sb.toString();
    }

    boolean hasSignature() {
        return !signatureLines.isEmpty();
    }

    boolean hasDisclaimer() {
        return disclaimer != null;
    }

    boolean isEmpty() {
        return !hasSignature() && !hasDisclaimer();
    }

    /** The signature as plain text (LF line breaks); null when there is none. */
    String signatureText() {
        return hasSignature() ? String.join("\n", signatureLines) : null;
    }
}
