package uk.schoolgate.extract;

public record ExtractedPart(String path, String mediaType, long size, int depth, boolean attachment,
                            String text, boolean executable, String executableKind, Unreadable unreadable) {
}
