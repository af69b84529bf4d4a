package uk.schoolgate.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the three MIS exports. Columns may come in any order and extra columns are ignored; a
 * missing column, a bad date or yes/no, a blank required value or a duplicate key stops loading
 * with the file and line named.
 */
public final class DirectoryLoader {
    static final List<String> STAFF_COLUMNS = List.of("email", "name", "job_title", "parent_contact", "pupil_contact");
    static final List<String> PARENT_COLUMNS = List.of("email", "name", "children");
    static final List<String> PUPIL_COLUMNS =
            List.of("upn", "forename", "surname", "preferred_name", "date_of_birth", "year_group", "email");

    private DirectoryLoader() {
    }

    public static Directory load(Path staffCsv, Path parentsCsv, Path pupilsCsv) {
        List<StaffMember> staff = readRows(staffCsv, STAFF_COLUMNS, DirectoryLoader::staffRow,
                List.of(new UniqueKey<>("email", StaffMember::email)));
        List<Pupil> pupils = readRows(pupilsCsv, PUPIL_COLUMNS, DirectoryLoader::pupilRow,
                List.of(new UniqueKey<>("upn", Pupil::upn), new UniqueKey<>("email", Pupil::email)));
        List<Parent> parents = readRows(parentsCsv, PARENT_COLUMNS, DirectoryLoader::parentRow,
                List.of(new UniqueKey<>("email", Parent::email)));
        return new Directory(staff, parents, pupils);
    }

    /** One row, read with the file and line at hand for error messages. */
    private record Row(Path file, CSVRecord record, Map<String, Integer> columns, long line) {

        String get(String column) {
            int index = columns.get(column);
            return index < record.size() ? record.get(index).strip() : "";
        }

        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(column, "is empty");
            }
            return value;
        }

        ConfigException error(String column, String problem) {
            return new ConfigException(file + " line " + line() + ", column '" + column + "': " + problem);
        }
    }

    /** A column whose non-blank values must not repeat (compared case-insensitively). */
    private record UniqueKey<T>(String column, Function<T, String> value) {
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(Row row);
    }

    private static <T> List<T> readRows(Path file, List<String> required, RowReader<T> reader, List<UniqueKey<T>> keys) {
        String text = readText(file);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<T> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, Integer> columns = columnIndex(file, parser.getHeaderNames(), required);
            for (CSVRecord record : parser) {
                // The physical line where the record starts (quoted fields may span lines and blank
                // lines are skipped, so the record number alone would point at the wrong line).
                Row row = new Row(file, record, columns, lines.lineAt(record.getCharacterPosition()));
                if (isBlank(record)) {
                    continue;
                }
                T value = reader.read(row);
                for (UniqueKey<T> key : keys) {
                    String k = key.value().apply(value);
                    if (k == null || k.isBlank()) {
                        continue;
                    }
                    Long previous = seen.putIfAbsent(key.column() + "=" + k.toLowerCase(Locale.ROOT), row.line());
                    if (previous != null) {
                        throw row.error(key.column(), "duplicate '" + k + "' (already on line " + previous + ")");
                    }
                }
                rows.add(value);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ConfigException(file + ": not a readable CSV file (" + e.getMessage() + ")");
        }
        return rows;
    }

    /** Turns character positions (met in increasing order) into 1-based line numbers. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long target) {
            while (position < target && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            // The parser's position is where it began reading, before any blank lines it skipped.
            while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String readText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            // Excel writes a byte-order mark at the start of "CSV UTF-8" exports.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not UTF-8 text; export the CSV as UTF-8");
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": cannot read the file (" + describe(e) + ")");
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Map<String, Integer> columnIndex(Path file, List<String> headers, List<String> required) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i) == null ? "" : headers.get(i).strip().toLowerCase(Locale.ROOT);
            index.putIfAbsent(name, i);
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                throw new ConfigException(file + " line 1: missing column '" + column + "' (the header must name "
                        + String.join(", ", required) + "; order does not matter)");
            }
        }
        return index;
    }

    private static StaffMember staffRow(Row row) {
        return new StaffMember(email(row), row.required("name"), row.get("job_title"),
                yesNo(row, "parent_contact"), yesNo(row, "pupil_contact"));
    }

    private static Parent parentRow(Row row) {
        List<String> children = Arrays.stream(row.get("children").split("[;,]"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).toList();
        return new Parent(email(row), row.required("name"), children);
    }

    private static Pupil pupilRow(Row row) {
        String upn = row.required("upn").toUpperCase(Locale.ROOT);
        String dob = row.required("date_of_birth");
        LocalDate date;
        try {
            date = LocalDate.parse(dob);
        } catch (DateTimeParseException e) {
            throw row.error("date_of_birth", "'" + dob + "' is not a date in the form yyyy-mm-dd");
        }
        String email = row.get("email");
        if (!email.isEmpty()) {
            email = checkedEmail(row, "email", email);
        }
        return new Pupil(upn, row.required("forename"), row.required("surname"), row.get("preferred_name"), date,
                row.get("year_group"), email);
    }

    private static String email(Row row) {
        return checkedEmail(row, "email", row.required("email"));
    }

    private static String checkedEmail(Row row, String column, String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1 || value.contains(" ")) {
            throw row.error(column, "'" + value + "' is not an email address");
        }
        return value;
    }

    private static boolean yesNo(Row row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0", "" -> false;
            default -> throw row.error(column, "expected yes or no, got '" + row.get(column) + "'");
        };
    }
}
