package uk.schoolgate.extract;

/** The container-level limits, marked on the container and noted once per container, in the same words everywhere. */
final class Limits {
    private Limits() {
    }

    static void depthExceeded(PartNode container, MessageBudget budget) {
        String words = "holds items nested more than " + budget.limits().maxDepth() + " levels deep; they were not read";
        container.unreadable(Unreadable.Reason.LIMIT_EXCEEDED, words);
        budget.note(container.path + ": " + words);
    }

    static void tooManyEntries(PartNode container, MessageBudget budget) {
        int max = budget.limits().maxArchiveEntries();
        container.unreadable(Unreadable.Reason.LIMIT_EXCEEDED,
                "more than " + max + " entries; the rest were not read");
        budget.note("archive " + container.path + ": more than " + max + " entries; the rest were not read");
    }
}
