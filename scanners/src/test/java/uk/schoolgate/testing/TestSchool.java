package uk.schoolgate.testing;

import java.time.LocalDate;
import java.util.List;
import uk.schoolgate.config.Directory;
import uk.schoolgate.config.Parent;
import uk.schoolgate.config.Pupil;
import uk.schoolgate.config.School;
import uk.schoolgate.config.StaffMember;

/** A small in-memory school for unit tests (the example school's CSVs are tested elsewhere). */
public final class TestSchool {
    public static final School SCHOOL = new School("Oakfield Primary School", "1 Oak Lane, Exampletown, EX1 2AB",
            "01234 567890", List.of("oakfield.sch.uk", "Pupils.Oakfield.sch.uk"));

    public static final StaffMember HEAD = new StaffMember("head@oakfield.sch.uk", "Ann Head", "Headteacher", true, true);
    public static final StaffMember TEACHER = new StaffMember("teacher@oakfield.sch.uk", "Tom Teach", "Year 4 Teacher", false, false);
    public static final StaffMember OFFICE = new StaffMember("office@oakfield.sch.uk", "School Office", "Office", true, false);
    /** On the staff list and the parent list: a colleague at work. */
    public static final StaffMember STAFF_PARENT = new StaffMember("jo.parent@oakfield.sch.uk", "Jo Parent", "TA", false, false);

    public static final Pupil AMELIA = new Pupil("A123456789012", "Amelia", "Khan", "", LocalDate.of(2015, 3, 12), "5",
            "amelia.khan@pupils.oakfield.sch.uk");

    public static final Directory DIRECTORY = new Directory(
            List.of(HEAD, TEACHER, OFFICE, STAFF_PARENT),
            List.of(new Parent("mum@example.com", "Mum Khan", List.of("A123456789012")),
                    new Parent("Dad@Example.org", "Dad Khan", List.of("A123456789012")),
                    new Parent("jo.parent@oakfield.sch.uk", "Jo Parent", List.of())),
            List.of(AMELIA));

    private TestSchool() {
    }
}
