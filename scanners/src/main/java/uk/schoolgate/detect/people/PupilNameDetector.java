package uk.schoolgate.detect.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.Pupil;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.FindingType;
import uk.schoolgate.detect.TextSegment;

/**
 * PUPIL_NAME: the full name of a roster pupil (forename or preferred name, and surname), in any
 * case, with or without accents, possessive or not, in prose, registers and table rows. A
 * forename or surname alone is not a finding. The subject is the pupil's UPN. Runs first: the
 * other detectors use these findings to tie data to a pupil.
 */
public final class PupilNameDetector implements Detector {
    public static final String KEY = "pupil_name";

    private final NameFinder finder;

    public PupilNameDetector(ConfigNode settings, DetectorResources resources) {
        this(NameSettings.read(settings, resources.configDir()), resources.directory());
    }

    PupilNameDetector(NameSettings settings, Directory directory) {
        this.finder = settings.finder(roster(directory));
    }

    /** Every pupil as a name to look for, in UPN order (so a shared name reports the same pupil every time). */
    static List<PersonName> roster(Directory directory) {
        List<PersonName> out = new ArrayList<>();
        List<Pupil> pupils = new ArrayList<>(directory.pupils());
        pupils.sort(Comparator.comparing(Pupil::upn));
        for (Pupil p : pupils) {
            List<String> forenames = new ArrayList<>();
            forenames.add(p.forename());
            p.preferred().filter(n -> !n.equalsIgnoreCase(p.forename())).ifPresent(forenames::add);
            out.add(new PersonName(p.upn(), forenames, p.surname(), "roster pupil"));
        }
        return out;
    }

    @Override
    public List<Finding> detect(TextSegment segment, List<Finding> earlier) {
        if (finder.isEmpty()) {
            return List.of();
        }
        List<NameMatch> matches = finder.find(segment.text());
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(matches.size());
        for (NameMatch m : matches) {
            String rule = "roster pupil's full name: " + m.rule()
                    + (m.sharedBy() > 1 ? "; " + m.sharedBy() + " roster pupils share this name" : "");
            out.add(Finding.of(FindingType.PUPIL_NAME, segment, m.start(), m.end(), m.confidence(),
                    m.person().subject(), rule));
        }
        return out;
    }
}
