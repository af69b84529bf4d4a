package uk.schoolgate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLoaderTest {
    @TempDir
    Path dir;

    private Path staff = null;
    private Path parents = null;
    private Path pupils = null;

    private Directory load(String staffCsv, String parentsCsv, String pupilsCsv) throws IOException {
        staff = Files.writeString(dir.resolve("staff.csv"), staffCsv);
        parents = Files.writeString(dir.resolve("parents.csv"), parentsCsv);
        pupils = Files.writeString(dir.resolve("pupils.csv"), pupilsCsv);
        return DirectoryLoader.load(staff, parents, pupils);
    }

    static final String STAFF = "email,name,job_title,parent_contact,pupil_contact\nhead@s.sch.uk,Ann,Head,yes,no\n";
    static final String PARENTS = "email,name,children\nmum@example.com,Mum,A123456789012;B123456789012\n";
    static final String PUPILS = "upn,forename,surname,preferred_name,date_of_birth,year_group,email\n"
            + "A123456789012,Amelia,Khan,Millie,2015-03-12,5,\n";

    @Test
    void columnsInAnyOrderWithExtrasAndAByteOrderMark() throws IOException {
        Directory d = load("\uFEFFpupil_contact,staff_id,Email,name,parent_contact,job_title\nYES,7,Head@S.sch.uk,Ann,no,Head\n",
                "children,email,name\n\"A123456789012; B123456789012\",mum@example.com,Mum\n",
                "dob_note,email,year_group,date_of_birth,preferred_name,surname,forename,upn\n"
                        + "x,,5,2015-03-12,,Khan,Amelia,a123456789012\n");
        assertThat(d.staff("head@s.sch.uk")).hasValueSatisfying(s -> {
            assertThat(s.pupilContact()).isTrue();
            assertThat(s.parentContact()).isFalse();
        });
        assertThat(d.parents()).singleElement().satisfies(p ->
                assertThat(p.childUpns()).containsExactly("A123456789012", "B123456789012"));
        assertThat(d.pupilByUpn("A123456789012")).hasValueSatisfying(p ->
                assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 12)));
    }

    @Test
    void missingColumnNamesFileAndColumn() {
        assertThatThrownBy(() -> load("email,name,job_title,parent_contact\nhead@s.sch.uk,Ann,Head,yes\n", PARENTS, PUPILS))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("staff.csv line 1")
                .hasMessageContaining("missing column 'pupil_contact'");
    }

    @Test
    void badDateNamesLineAndColumn() {
        assertThatThrownBy(() -> load(STAFF, PARENTS, PUPILS + "B123456789012,Bo,Li,,12/03/2015,5,\n"))
                .hasMessageContaining("pupils.csv line 3, column 'date_of_birth'")
                .hasMessageContaining("'12/03/2015' is not a date");
    }

    @Test
    void duplicateEmailNamesBothLines() {
        assertThatThrownBy(() -> load(STAFF + "\nHEAD@s.sch.uk,Ann Again,Head,no,no\n", PARENTS, PUPILS))
                .hasMessageContaining("staff.csv line 4, column 'email'")
                .hasMessageContaining("already on line 2");
    }

    @Test
    void duplicatePupilEmailIsRefused() {
        String twins = "upn,forename,surname,preferred_name,date_of_birth,year_group,email\n"
                + "A123456789012,Amelia,Khan,,2015-03-12,5,ak@p.sch.uk\n"
                + "B123456789012,Aisha,Khan,,2015-03-12,5,AK@p.sch.uk\n";
        assertThatThrownBy(() -> load(STAFF, PARENTS, twins))
                .hasMessageContaining("pupils.csv line 3, column 'email'").hasMessageContaining("duplicate");
    }

    @Test
    void badYesNoIsRefused() {
        assertThatThrownBy(() -> load(STAFF.replace("yes,no", "maybe,no"), PARENTS, PUPILS))
                .hasMessageContaining("column 'parent_contact'").hasMessageContaining("expected yes or no");
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        Files.writeString(dir.resolve("staff.csv"), STAFF);
        Files.writeString(dir.resolve("parents.csv"), PARENTS);
        assertThatThrownBy(() -> DirectoryLoader.load(dir.resolve("staff.csv"), dir.resolve("parents.csv"),
                dir.resolve("absent.csv")))
                .hasMessageContaining("absent.csv: cannot read the file (no such file)");
    }

    @Test
    void nonUtf8IsExplained() throws IOException {
        Files.write(dir.resolve("staff.csv"), ("email,name,job_title,parent_contact,pupil_contact\n"
                + "zoe@s.sch.uk,Zo\u00eb,Head,yes,no\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("parents.csv"), PARENTS);
        Files.writeString(dir.resolve("pupils.csv"), PUPILS);
        assertThatThrownBy(() -> DirectoryLoader.load(dir.resolve("staff.csv"), dir.resolve("parents.csv"),
                dir.resolve("pupils.csv"))).hasMessageContaining("not UTF-8");
    }

    @Test
    void blankRequiredValueIsRefused() {
        assertThatThrownBy(() -> load(STAFF + ",Nobody,Head,no,no\n", PARENTS, PUPILS))
                .hasMessageContaining("staff.csv line 3, column 'email': is empty");
    }

    @Test
    void staffWhoAreParentsAreColleagues() throws IOException {
        Directory d = load(STAFF, PARENTS + "Head@s.sch.uk,Ann,A123456789012\n", PUPILS);
        assertThat(d.isParent("head@s.sch.uk")).isFalse();
        assertThat(d.isParent("MUM@example.com")).isTrue();
    }
}
