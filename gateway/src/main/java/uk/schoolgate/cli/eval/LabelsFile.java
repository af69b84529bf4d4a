package uk.schoolgate.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.detect.FindingType;

/**
 * Reads labels.json: a list of {"file", "action", "flags", "findings"}. Unknown actions, flags or
 * finding types are errors, so a typo in a label cannot silently lower a score.
 */
public final class LabelsFile {
    private LabelsFile() {
    }

    public static List<Label> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON list of {\"file\", \"action\", \"flags\", \"findings\"}");
        }
        List<Label> labels = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : root) {
            String where = file + " entry " + index++;
            String name = text(entry, "file", where);
            String action = text(entry, "action", where).toUpperCase(Locale.ROOT);
            check(action, Action.class, where, "action");
            labels.add(new Label(name, action, names(entry, "flags", Flag.class, where),
                    names(entry, "findings", FindingType.class, where)));
        }
        return labels;
    }

    private static String text(JsonNode entry, String key, String where) {
        JsonNode v = entry.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing \"" + key + "\"");
        }
        return v.asText();
    }

    private static <E extends Enum<E>> Set<String> names(JsonNode entry, String key, Class<E> type, String where) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode v = entry.get(key);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(where + ": \"" + key + "\" must be a list");
        }
        for (JsonNode item : v) {
            String name = item.isObject() && item.has("type") ? item.get("type").asText() : item.asText();
            name = name.toUpperCase(Locale.ROOT);
            check(name, type, where, key);
            out.add(name);
        }
        return out;
    }

    private static <E extends Enum<E>> void check(String name, Class<E> type, String where, String key) {
        try {
            Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown " + key + " value '" + name + "'");
        }
    }
}
