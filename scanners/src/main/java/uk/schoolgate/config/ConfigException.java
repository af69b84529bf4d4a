package uk.schoolgate.config;

/**
 * A configuration problem a technician can fix: the message always names the file, and where it
 * can, the line and the key. The CLI prints it and exits with status 2.
 */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
