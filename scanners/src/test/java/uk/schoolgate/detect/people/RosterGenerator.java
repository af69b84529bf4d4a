package uk.schoolgate.detect.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.config.Pupil;

/** Synthetic rosters for size and speed tests: common UK forenames and surnames, combined. */
final class RosterGenerator {
    static final String[] FORENAMES = {"Oliver", "George", "Noah", "Arthur", "Harry", "Leo", "Muhammad", "Jack",
        "Charlie", "Oscar", "Jacob", "Henry", "Thomas", "Freddie", "Alfie", "Theo", "William", "Theodore", "Archie",
        "Joshua", "Alexander", "James", "Isaac", "Edward", "Lucas", "Tommy", "Finley", "Max", "Logan", "Ethan",
        "Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie", "Sophia",
        "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella", "Evelyn", "Phoebe", "Sofia",
        "Evie", "Charlotte", "Harper", "Matilda", "Ruby", "Aisha", "Zofia", "Siobhán", "Zoë", "Chloé", "Kacper",
        "Aoife", "Niamh", "Dara", "Precious", "Hunter", "Amira", "Fatima", "Ronan", "Rhys", "Dylan", "Summer"};
    static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas",
        "Clarke", "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes",
        "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson",
        "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Bailey", "Carter",
        "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum", "Miller", "Cox", "Hussain", "Marshall",
        "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali", "Ahmed", "Foster", "Ellis", "Murphy", "Chapman",
        "Mason", "Gray", "Richards", "Webb", "Griffiths", "Hunt", "Palmer", "Campbell", "Holmes", "Mills", "Rogers",
        "Barnes", "Knight", "Matthews", "Barker", "Powell", "Stevens", "Kaur", "Dixon", "Nguyen", "Kowalski",
        "Ó Súilleabháin", "Müller", "O'Brien", "García", "Fitzgerald-Hughes", "Adeyemi", "Mensah", "Okafor"};

    private RosterGenerator() {
    }

    /** {@code n} distinct pupils; past every forename/surname pair, surnames become double-barrelled. */
    static List<Pupil> pupils(int n) {
        List<Pupil> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String forename = FORENAMES[i % FORENAMES.length];
            int pairs = FORENAMES.length * SURNAMES.length;
            String surname = SURNAMES[(i / FORENAMES.length) % SURNAMES.length];
            String suffix = i < pairs ? "" : "-" + SURNAMES[(i / pairs) % SURNAMES.length].replace(" ", "");
            String upn = String.format("Z%012d", i);
            out.add(new Pupil(upn, forename, surname + suffix, i % 9 == 0 ? forename.substring(0, 3) : "",
                    LocalDate.of(2012 + i % 7, 1 + i % 12, 1 + i % 28), "5", ""));
        }
        return out;
    }
}
