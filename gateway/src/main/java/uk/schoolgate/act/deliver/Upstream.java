package uk.schoolgate.act.deliver;

import java.util.List;

/**
 * Where delivered mail goes: the school's upstream server (Microsoft 365, Google Workspace, a
 * council relay) or, with none configured, the local outbox folder. Thread-safe.
 */
public interface Upstream extends AutoCloseable {
    /**
     * Delivers one copy of a message to some recipients, in one transaction: either all of them
     * are accepted or none is (a partial acceptance would make the client's retry duplicate mail).
     */
    DeliveryResult deliver(String sender, List<String> recipients, byte[] message);

    /** Whether the upstream can be reached now (for health checks). */
    default boolean reachable() {
        return true;
    }

    @Override
    default void close() {
    }
}
