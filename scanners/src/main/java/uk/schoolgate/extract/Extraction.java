package uk.schoolgate.extract;

import java.util.List;

/**
 * What extraction found in one message's parts.
 *
 * @param parts every part and every nested item, flat, each container before what it holds
 * @param notes the limits that were hit and other things a technician should know, in plain words;
 *              file names at most, never message content
 */
public record Extraction(List<ExtractedPart> parts, List<String> notes) {
    public Extraction {
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
    }
}
