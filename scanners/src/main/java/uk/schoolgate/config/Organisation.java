package uk.schoolgate.config;

import java.util.List;

/**
 * An organisation the school deals with (the local authority, a health service, a trust office):
 * its address and phone number are not a person's, so they are not findings.
 */
public record Organisation(String name, String address, String phone, List<String> domains) {
}
