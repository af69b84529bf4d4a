package uk.schoolgate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML file read into a tree, remembering the line each key was written on, so that every
 * validation error can point the technician at the right line.
 */
public final class YamlDocument {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private final Path file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlDocument(Path file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    public static YamlDocument read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": cannot read the file (" + describe(e) + ")");
        }
        return parse(file, text);
    }

    public static YamlDocument parse(Path file, String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                root = MAPPER.createObjectNode();
            }
            if (!root.isObject()) {
                throw new ConfigException(file + " line 1: expected a mapping of keys (school:, directory:, ...)");
            }
            return new YamlDocument(file, root, keyLines(text));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(file + (line > 0 ? " line " + line : "") + ": not valid YAML ("
                    + e.getOriginalMessage().lines().findFirst().orElse("syntax error") + ")");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the file (" + describe(e) + ")");
        }
    }

    /** Records the line of every key, by its dotted path (list items by index). */
    private static Map<String, Integer> keyLines(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() != null) {
                walk(parser, "", lines);
            }
        }
        return lines;
    }

    private static void walk(JsonParser parser, String path, Map<String, Integer> lines) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = path.isEmpty() ? parser.currentName() : path + "." + parser.currentName();
                lines.putIfAbsent(key, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                walk(parser, key, lines);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String key = path + "." + index++;
                lines.putIfAbsent(key, parser.currentTokenLocation().getLineNr());
                walk(parser, key, lines);
            }
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public Path file() {
        return file;
    }

    public ConfigNode root() {
        return new ConfigNode(this, root, "");
    }

    /** The line a key was written on, or 0 when unknown. */
    int lineOf(String path) {
        return lines.getOrDefault(path, 0);
    }

    /** "gateway.yaml line 12, key 'policy.actions'" for error messages. */
    String where(String path) {
        int line = lineOf(path);
        StringBuilder sb = new StringBuilder(file.toString());
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (!path.isEmpty()) {
            sb.append(", key '").append(path).append('\'');
        }
        return sb.toString();
    }
}
