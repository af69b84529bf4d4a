package uk.schoolgate.extract;

import java.io.IOException;

/** A format this gateway cannot unpack. Its message is ours, in plain words, and safe to show. */
final class UnsupportedFormat extends IOException {
    UnsupportedFormat(String plainWords, Throwable cause) {
        super(plainWords, cause);
    }
}
