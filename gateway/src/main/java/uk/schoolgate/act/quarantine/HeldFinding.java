package uk.schoolgate.act.quarantine;

import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.Location;

/**
 * One detector finding as the quarantine keeps it: where it is and a masked excerpt, for the
 * reviewer's highlight. Who the data is about ({@code Finding.subject}) is not kept: it is only
 * needed to count people while deciding, and would be more plain-text personal data at rest.
 */
public record HeldFinding(FindingType type, Location location, int start, int end, String excerpt, double confidence,
                          String rule, boolean reportOnly) {
}
