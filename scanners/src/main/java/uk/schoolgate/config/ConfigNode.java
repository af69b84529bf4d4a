package uk.schoolgate.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One mapping of the configuration file, read with typed getters that fall back to defaults.
 * Every key read is remembered, so {@link #finish()} can refuse keys nobody understood: a typo in
 * gateway.yaml must be an error, never a silently ignored setting.
 */
public final class ConfigNode {
    private final YamlDocument document;
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();
    private final List<ConfigNode> children = new ArrayList<>();

    ConfigNode(YamlDocument document, JsonNode node, String path) {
        this.document = document;
        this.node = node;
        this.path = path;
    }

    /** An empty mapping standing in for an absent section, so defaults apply. */
    static ConfigNode empty(YamlDocument document, String path) {
        return new ConfigNode(document, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), path);
    }

    public String path() {
        return path;
    }

    public YamlDocument document() {
        return document;
    }

    private String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        read.add(key);
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    private Optional<JsonNode> value(String key) {
        read.add(key);
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public ConfigException error(String key, String problem) {
        return new ConfigException(document.where(key == null ? path : keyPath(key)) + ": " + problem);
    }

    public String string(String key) {
        return optionalString(key).orElseThrow(() -> error(null, "missing required key '" + keyPath(key) + "'"));
    }

    public Optional<String> optionalString(String key) {
        return value(key).map(v -> {
            if (!v.isValueNode()) {
                throw error(key, "expected a single value, not a " + (v.isArray() ? "list" : "mapping"));
            }
            return v.asText().strip();
        });
    }

    public String string(String key, String defaultValue) {
        return optionalString(key).orElse(defaultValue);
    }

    public long longValue(String key, long defaultValue, long min, long max) {
        Optional<JsonNode> value = value(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        JsonNode v = value.get();
        long n;
        if (v.isIntegralNumber()) {
            n = v.asLong();
        } else {
            try {
                n = Long.parseLong(v.asText().strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(key, "expected a whole number, got '" + v.asText() + "'");
            }
        }
        if (n < min || n > max) {
            throw error(key, "must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    public int intValue(String key, int defaultValue, int min, int max) {
        return (int) longValue(key, defaultValue, min, max);
    }

    public double doubleValue(String key, double defaultValue, double min, double max) {
        Optional<JsonNode> value = value(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        double d;
        try {
            d = value.get().isNumber() ? value.get().asDouble() : Double.parseDouble(value.get().asText().strip());
        } catch (NumberFormatException e) {
            throw error(key, "expected a number, got '" + value.get().asText() + "'");
        }
        if (d < min || d > max) {
            throw error(key, "must be between " + min + " and " + max + ", got " + d);
        }
        return d;
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<JsonNode> value = value(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        JsonNode v = value.get();
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return switch (v.asText().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(key, "expected true or false, got '" + v.asText() + "'");
        };
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
        return optionalString(key).map(s -> parseEnum(key, type, s)).orElse(defaultValue);
    }

    public <E extends Enum<E>> E parseEnum(String key, Class<E> type, String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw error(key, "'" + text + "' is not one of " + String.join(", ", names));
    }

    public List<String> stringList(String key, List<String> defaultValue) {
        Optional<JsonNode> value = value(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        JsonNode v = value.get();
        if (v.isValueNode()) {
            return List.of(v.asText().strip());
        }
        if (!v.isArray()) {
            throw error(key, "expected a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode()) {
                throw error(key, "expected a list of plain values");
            }
            out.add(item.asText().strip());
        }
        return Collections.unmodifiableList(out);
    }

    /** A nested mapping; an absent key gives an empty mapping so defaults apply. */
    public ConfigNode section(String key) {
        Optional<JsonNode> value = value(key);
        ConfigNode child;
        if (value.isEmpty()) {
            child = empty(document, keyPath(key));
        } else if (!value.get().isObject()) {
            throw error(key, "expected a mapping (indented keys below it)");
        } else {
            child = new ConfigNode(document, value.get(), keyPath(key));
        }
        children.add(child);
        return child;
    }

    /** A list of mappings, such as organisations. */
    public List<ConfigNode> sectionList(String key) {
        Optional<JsonNode> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            throw error(key, "expected a list");
        }
        List<ConfigNode> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : value.get()) {
            String itemPath = keyPath(key) + "." + i++;
            if (!item.isObject()) {
                throw new ConfigException(document.where(itemPath) + ": expected a mapping");
            }
            ConfigNode child = new ConfigNode(document, item, itemPath);
            children.add(child);
            out.add(child);
        }
        return out;
    }

    /** Whether the key holds a mapping (rather than a single value). */
    public boolean isSection(String key) {
        JsonNode value = node.get(key);
        return value != null && value.isObject();
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }

    public <T> T map(Function<ConfigNode, T> reader) {
        return reader.apply(this);
    }

    /** Marks a key as understood without reading it (a section owned by another module). */
    public void accept(String key) {
        read.add(key);
    }

    /**
     * Refuses any key that no reader asked for, in this mapping and every nested one read
     * through it. Call once, after the whole file has been read.
     */
    public void finish() {
        for (String key : keys()) {
            if (!read.contains(key)) {
                List<String> known = new ArrayList<>(read);
                throw error(key, "unknown key '" + key + "'"
                        + (known.isEmpty() ? "" : " (known keys here: " + String.join(", ", known) + ")"));
            }
        }
        for (ConfigNode child : children) {
            child.finish();
        }
    }
}
