package uk.schoolgate.detect.people;

/** The person a special-category term is about, how sure we are, and why (for --explain). */
record Attribution(String subject, double confidence, String how) {
}
