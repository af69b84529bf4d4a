package uk.schoolgate.detect.people;

/**
 * A filled-in cell under a special-category column ("Medical", "SEN status", "CP"), with the row
 * it belongs to.
 */
record ColumnValue(int start, int end, int rowStart, int rowEnd, String header) {
}
