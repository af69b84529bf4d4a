package uk.schoolgate.decide;

/**
 * The action one flag asks for: one for messages that stay inside the school, one for messages
 * with at least one external recipient (the contract's "ENCRYPT if any recipient is external,
 * else DELIVER").
 */
public record FlagAction(Action internal, Action external) {
    public static FlagAction always(Action action) {
        return new FlagAction(action, action);
    }

    public Action forMessage(boolean anyExternalRecipient) {
        return anyExternalRecipient ? external : internal;
    }

    @Override
    public String toString() {
        return internal == external ? internal.name() : "{internal: " + internal + ", external: " + external + "}";
    }
}
