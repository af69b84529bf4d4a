package uk.schoolgate.receive.milter;

/** One change to the message's header fields, as the milter protocol expresses it. */
sealed interface HeaderEdit {
    /**
     * Replace the {@code index}-th field called {@code name} (counting from 1 among fields of that
     * name); an empty value deletes it.
     */
    record Change(String name, int index, String value) implements HeaderEdit {
    }

    /** Append a field at the end of the header. */
    record Add(String name, String value) implements HeaderEdit {
    }
}
