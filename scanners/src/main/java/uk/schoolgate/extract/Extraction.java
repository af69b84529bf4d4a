package uk.schoolgate.extract;

import java.util.List;

public record Extraction(List<ExtractedPart> parts, List<String> notes) {
}
