package uk.schoolgate.detect;

/** How a detector's findings count (gateway.yaml {@code detectors.NAME.mode}). */
public enum DetectorMode {
    /** Findings raise flags and change the action. */
    ENFORCE,
    /** Findings are shown in scan/eval output, marked, but change nothing: for trialling a rule. */
    REPORT_ONLY,
    /** The detector does not run. */
    OFF
}
