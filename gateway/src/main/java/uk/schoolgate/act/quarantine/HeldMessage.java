package uk.schoolgate.act.quarantine;

import java.time.Instant;

/**
 * A message held in the quarantine (the summary; the console reads the rest from the store).
 *
 * @param id      the quarantine's identifier, safe to show (no content)
 * @param heldAt  when it was held
 */
public record HeldMessage(String id, Instant heldAt) {
}
