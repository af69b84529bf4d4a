package uk.schoolgate.detect.identifiers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.schoolgate.config.ConfigNode;
import uk.schoolgate.detect.DetectorResources;

/**
 * Reads a detector's word lists from its settings: {@code KEY} (a YAML list that replaces the
 * default list) and {@code KEY_file} (a text file, relative to the configuration folder, whose
 * non-blank lines not starting with '#' are added). A technician can thus replace a list or extend
 * it without repeating the defaults.
 */
final class Lexicons {
    private Lexicons() {
    }

    static List<String> words(ConfigNode node, DetectorResources resources, String key, List<String> defaults) {
        List<String> words = new ArrayList<>(node.stringList(key, defaults));
        Optional<String> file = node.optionalString(key + "_file");
        if (file.isPresent()) {
            Path base = resources.configDir() == null ? Path.of(".") : resources.configDir();
            Path path = base.resolve(file.get());
            try {
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw node.error(key + "_file", "cannot read the word list " + path);
            }
        }
        return List.copyOf(words);
    }

    static Keywords keywords(ConfigNode node, DetectorResources resources, String key, List<String> defaults) {
        return Keywords.of(words(node, resources, key, defaults));
    }
}
