package uk.schoolgate.act.quarantine;

/** Where a held message is in its review. */
public enum HeldStatus {
    /** Waiting for a reviewer. */
    HELD,
    /** A reviewer let it go. */
    RELEASED,
    /** A reviewer refused it; the sender is told. */
    REJECTED,
    /** Nobody reviewed it within the retention period. */
    EXPIRED
}
