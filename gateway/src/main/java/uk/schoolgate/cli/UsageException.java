package uk.schoolgate.cli;

/** A bad argument found after parsing (a missing folder, a bad labels file): exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
