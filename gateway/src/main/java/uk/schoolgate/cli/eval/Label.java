package uk.schoolgate.cli.eval;

import java.util.Set;

/** What a labelled message should get: one entry of labels.json. */
public record Label(String file, String action, Set<String> flags, Set<String> findings) {
}
