package uk.schoolgate.extract;

public record Unreadable(Reason reason, String detail) {
    public enum Reason { PASSWORD_PROTECTED, CORRUPT, LIMIT_EXCEEDED, TIMED_OUT }
}
