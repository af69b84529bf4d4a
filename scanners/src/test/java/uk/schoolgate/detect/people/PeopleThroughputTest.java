package uk.schoolgate.detect.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.Parent;
import uk.schoolgate.config.Pupil;
import uk.schoolgate.config.StaffMember;
import uk.schoolgate.detect.Detector;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.Finding;
import uk.schoolgate.detect.TextSegment;

/**
 * Measures the detectors' speed on a few MB of school-like mail with a 2,000-pupil roster, and
 * prints it. Nothing is asserted about time (machines differ); only that the detectors found
 * something, so the measurement is of real work.
 */
class PeopleThroughputTest {
    private static final String[] PROSE = {
        "Just a reminder that the Year 5 trip to the museum is on Thursday; please make sure packed lunches are labelled.",
        "The staff meeting has moved to 3:30 in the library, and we will look at the new marking policy together.",
        "Thank you for your email. I have passed your message on to the class teacher, who will call you tomorrow.",
        "Health and safety walk on Friday morning: please clear the fire exits and check the first aid kits.",
        "Our safeguarding training is on the INSET day; the safeguarding policy has been updated on the website.",
        "Parents evening bookings close on 14 March. Please let the office know if you need an interpreter.",
        "The PTA cake sale raised £342.50, which will go towards new playground equipment for the infants.",
        "Could you send me the data for the spring assessment by Wednesday, with the reading ages included?",
        "Football club is cancelled this week because of the pitch, but netball will go ahead as normal at 3:15.",
        "Healthy eating week starts on Monday and the kitchen will be serving a rainbow salad bar all week."};
    private static final String[] SPECIAL = {
        "%s has asthma and keeps her inhaler in the office.",
        "%s is on SEN support for dyslexia and has 1:1 support in maths.",
        "I have made a referral to children's social care about %s after a disclosure this morning.",
        "%s does not have an EHCP but the educational psychologist will see her next week.",
        "Please note %s has a severe nut allergy and carries an EpiPen.",
        "%s won star of the week for her wonderful writing about the Great Fire of London."};

    @Test
    void printsMegabytesPerSecond() {
        List<Pupil> pupils = RosterGenerator.pupils(2_000);
        List<StaffMember> staff = new ArrayList<>();
        List<Parent> parents = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Pupil p = pupils.get(i * 7);
            staff.add(new StaffMember("s" + i + "@oakfield.sch.uk", "Staff" + (char) ('A' + i % 26) + " " + p.surname(),
                    "Teacher", true, true));
        }
        for (int i = 0; i < 2_000; i += 2) {
            parents.add(new Parent("p" + i + "@example.com", "Parent " + pupils.get(i).surname(), List.of(pupils.get(i).upn())));
        }
        DetectorResources resources = PeopleFixture.resources(new Directory(staff, parents, pupils), PeopleFixture.CONFIG);
        List<TextSegment> corpus = corpus(pupils, 4_000_000);
        long chars = corpus.stream().mapToLong(s -> s.text().length()).sum();

        long buildStart = System.nanoTime();
        PupilNameDetector names = new PupilNameDetector(PeopleFixture.settings(""), resources);
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        List<List<Finding>> earlier = new ArrayList<>();
        for (TextSegment s : corpus) {
            earlier.add(names.detect(s, List.of()));
        }
        assertThat(earlier.stream().mapToInt(List::size).sum()).isGreaterThan(100);

        Detector[] detectors = {names, new HealthDetector(PeopleFixture.settings(""), resources),
            new SenDetector(PeopleFixture.settings(""), resources),
            new SafeguardingDetector(PeopleFixture.settings(""), resources),
            new OffensiveLanguageDetector(PeopleFixture.settings(""), resources)};
        String[] labels = {"pupil_name (2,000 pupils)", "health", "sen", "safeguarding", "offensive_language"};
        System.out.printf("corpus: %.1f MB in %d segments; pupil_name automaton built in %.0f ms%n",
                chars / 1e6, corpus.size(), buildMs);
        double totalSeconds = 0;
        int findings = 0;
        for (int d = 0; d < detectors.length; d++) {
            for (int warm = 0; warm < 3; warm++) {
                findings = run(detectors[d], corpus, earlier, d == 0);
            }
            int rounds = 5;
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                run(detectors[d], corpus, earlier, d == 0);
            }
            double seconds = (System.nanoTime() - start) / 1e9 / rounds;
            totalSeconds += seconds;
            System.out.printf("%-28s %8.1f MB/s  (%d findings)%n", labels[d], chars / 1e6 / seconds, findings);
        }
        System.out.printf("%-28s %8.1f MB/s%n", "all five, one after another", chars / 1e6 / totalSeconds);
    }

    private static int run(Detector detector, List<TextSegment> corpus, List<List<Finding>> earlier, boolean first) {
        int n = 0;
        for (int i = 0; i < corpus.size(); i++) {
            n += detector.detect(corpus.get(i), first ? List.of() : earlier.get(i)).size();
        }
        return n;
    }

    /** Emails of 2-8 KB: prose, a few sentences about named pupils, and now and then a class-list table. */
    static List<TextSegment> corpus(List<Pupil> pupils, int size) {
        Random random = new Random(42);
        List<TextSegment> out = new ArrayList<>();
        int total = 0;
        while (total < size) {
            StringBuilder b = new StringBuilder("Dear colleagues,\n\n");
            int target = 2_000 + random.nextInt(6_000);
            while (b.length() < target) {
                int kind = random.nextInt(20);
                if (kind < 14) {
                    b.append(PROSE[random.nextInt(PROSE.length)]).append(' ');
                    if (random.nextInt(4) == 0) {
                        b.append("\n\n");
                    }
                } else if (kind < 19) {
                    Pupil p = pupils.get(random.nextInt(pupils.size()));
                    b.append(String.format(SPECIAL[random.nextInt(SPECIAL.length)], p.forename() + " " + p.surname()))
                            .append("\n\n");
                } else {
                    b.append("Name\tDOB\tMedical\tSEN\n");
                    for (int r = 0; r < 12; r++) {
                        Pupil p = pupils.get(random.nextInt(pupils.size()));
                        b.append(p.forename()).append(' ').append(p.surname()).append('\t')
                                .append(p.dateOfBirth()).append('\t').append(r % 4 == 0 ? "Asthma" : "None")
                                .append('\t').append(r % 5 == 0 ? "K" : "N").append('\n');
                    }
                    b.append('\n');
                }
            }
            b.append("Kind regards,\nKatie Walker\nYear 6 Teacher");
            out.add(PeopleFixture.body(b.toString()));
            total += b.length();
        }
        return out;
    }
}
