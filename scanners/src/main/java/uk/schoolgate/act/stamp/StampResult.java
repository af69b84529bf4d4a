package uk.schoolgate.act.stamp;

import java.util.List;

/**
 * A stamped message and what stamping noticed.
 *
 * @param message the message as it leaves (the input array itself when nothing changed; do not modify)
 * @param changed whether anything was added
 * @param notes   why something was not stamped or was stamped differently (charset moved to UTF-8,
 *                signed message wrapped, malformed multipart left alone...), in words for a
 *                technician; never message content
 */
public record StampResult(byte[] message, boolean changed, List<String> notes) {
    public StampResult {
        notes = List.copyOf(notes);
    }
}
