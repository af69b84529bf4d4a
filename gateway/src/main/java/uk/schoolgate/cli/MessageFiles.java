package uk.schoolgate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The messages named on the command line: files as given, folders searched for .eml files. */
final class MessageFiles {
    /** One message file, and the name it is written under with --output. */
    record Item(Path path, String display, Path relativeName) {
    }

    private MessageFiles() {
    }

    static List<Item> expand(List<Path> arguments) {
        List<Item> items = new ArrayList<>();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml"))
                            .sorted()
                            .forEach(p -> items.add(new Item(p, p.toString(), arg.relativize(p))));
                } catch (IOException | UncheckedIOException e) {
                    throw new UsageException(arg + ": cannot list the folder (" + e.getMessage() + ")");
                }
            } else {
                items.add(new Item(arg, arg.toString(), arg.getFileName() == null ? arg : arg.getFileName()));
            }
        }
        return items;
    }
}
