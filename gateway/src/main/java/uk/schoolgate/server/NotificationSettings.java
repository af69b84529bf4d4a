package uk.schoolgate.server;

/** Emails to senders about held messages (gateway.yaml {@code notifications:}). */
public record NotificationSettings(boolean enabled, String from) {
}
