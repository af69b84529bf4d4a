package uk.schoolgate.act.quarantine;

/**
 * How held message bytes are sealed at rest. The quarantine stores the cipher's name beside the
 * bytes, so a store can switch from {@link #NONE} to an encrypting cipher without rewriting older
 * rows. {@code messageId} is given so that a cipher can bind the bytes to their row (as AES-GCM
 * associated data), making a sealed message useless if copied to another row.
 */
public interface MessageCipher {
    /** Stored with each message; at most 32 characters. */
    String name();

    byte[] seal(String messageId, byte[] plain);

    byte[] open(String messageId, byte[] sealed);

    /** Bytes stored as they are (until the console issue adds encryption at rest). */
    MessageCipher NONE = new MessageCipher() {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public byte[] seal(String messageId, byte[] plain) {
            return plain;
        }

        @Override
        public byte[] open(String messageId, byte[] sealed) {
            return sealed;
        }
    };
}
