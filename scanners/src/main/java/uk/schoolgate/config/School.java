package uk.schoolgate.config;

import java.util.List;
import java.util.Locale;

/** The school's identity: used in signatures, and excluded from address and phone findings. */
public record School(String name, String address, String phone, List<String> domains) {
    public School {
        domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Internal: the address's domain is exactly one of the school's domains (case-insensitive). */
    public boolean isInternal(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return domains.contains(domain);
    }
}
