package uk.schoolgate.config;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The school's people, from the MIS exports. Addresses compare case-insensitively. A parent who
 * is also on the staff list is a colleague at work, not a parent (contract, "Words").
 */
public final class Directory {
    private final Map<String, StaffMember> staffByEmail;
    private final Map<String, Parent> parentsByEmail;
    private final Map<String, Pupil> pupilsByEmail;
    private final Map<String, Pupil> pupilsByUpn;
    private final List<Pupil> pupils;

    public Directory(List<StaffMember> staff, List<Parent> parents, List<Pupil> pupils) {
        this.staffByEmail = index(staff, StaffMember::email);
        this.parentsByEmail = index(parents, Parent::email);
        this.pupilsByEmail = index(pupils.stream().filter(p -> !p.email().isBlank()).toList(), Pupil::email);
        this.pupilsByUpn = pupils.stream().collect(Collectors.toUnmodifiableMap(Pupil::upn, Function.identity()));
        this.pupils = List.copyOf(pupils);
    }

    private static <T> Map<String, T> index(Collection<T> rows, Function<T, String> email) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(r -> normalise(email.apply(r)), Function.identity()));
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<StaffMember> staff(String email) {
        return Optional.ofNullable(staffByEmail.get(normalise(email)));
    }

    public boolean isParent(String email) {
        String key = normalise(email);
        return parentsByEmail.containsKey(key) && !staffByEmail.containsKey(key);
    }

    public boolean isPupil(String email) {
        return pupilsByEmail.containsKey(normalise(email));
    }

    public Optional<Pupil> pupilByUpn(String upn) {
        return Optional.ofNullable(pupilsByUpn.get(upn));
    }

    public List<Pupil> pupils() {
        return pupils;
    }

    public Collection<StaffMember> staff() {
        return staffByEmail.values();
    }

    public Collection<Parent> parents() {
        return parentsByEmail.values();
    }
}
