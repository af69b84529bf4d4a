package uk.schoolgate.detect.people;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.schoolgate.config.ConfigException;
import uk.schoolgate.config.ConfigNode;

/**
 * Reads lexicon files: UTF-8, one term per line, '#' starts a comment (at the start of a line or
 * after a space), a leading '!' marks an exclusion phrase. The path is a detector setting,
 * relative to the configuration folder. When the setting is left at its default and the school's
 * config folder has no such file, the copy shipped inside the jar ({@code /lexicons/...}) is
 * used, so a minimal gateway.yaml works; a path the technician wrote must exist.
 */
final class LexiconLoader {
    private LexiconLoader() {
    }

    /**
     * Loads the lexicon named by {@code key} in {@code settings} (default {@code defaultPath},
     * e.g. "lexicons/health.txt").
     */
    static Lexicon load(ConfigNode settings, String key, String defaultPath, Path configDir) {
        boolean explicit = settings.has(key);
        String path = settings.string(key, defaultPath);
        if (path.isBlank()) {
            throw settings.error(key, "give a lexicon file path, relative to the configuration folder");
        }
        Path file = configDir == null ? Path.of(path) : configDir.resolve(path);
        if (Files.isRegularFile(file)) {
            return parse(fileName(path), file.toString(), read(file, settings, key));
        }
        if (explicit) {
            throw settings.error(key, file + ": no such file");
        }
        String resource = "/lexicons/" + fileName(path);
        try (InputStream in = LexiconLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw settings.error(key, file + ": no such file, and no built-in lexicon " + resource);
            }
            return parse(fileName(path), "built-in " + resource, decode(in.readAllBytes(), resource));
        } catch (IOException e) {
            throw new ConfigException(resource + ": cannot read the built-in lexicon (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static String read(Path file, ConfigNode settings, String key) {
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw settings.error(key, file + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String decode(byte[] bytes, String where) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ConfigException(where + ": not UTF-8 text");
        }
    }

    /** Parses lexicon text; a term the matcher cannot represent is refused with its line number. */
    static Lexicon parse(String name, String source, String text) {
        List<LexiconTerm> terms = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean exclusion = line.startsWith("!");
            String term = exclusion ? line.substring(1).strip() : line;
            if (term.isEmpty()) {
                continue;
            }
            String folded = foldTerm(term);
            String problem = PhraseAutomaton.problemWith(folded);
            if (problem != null) {
                throw new ConfigException(source + " line " + (n + 1) + ": " + problem);
            }
            terms.add(new LexiconTerm(folded, !exclusion && isAcronym(term), exclusion, n + 1));
        }
        return new Lexicon(name, source, terms);
    }

    private static String stripComment(String line) {
        if (line.stripLeading().startsWith("#")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    /** Wholly in capitals, with at least two letters: SEN, EHCP, A&amp;E. */
    static boolean isAcronym(String term) {
        int letters = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Folds a term as the matcher folds text: hyphens, underscores and white space become one space. */
    static String foldTerm(String term) {
        StringBuilder out = new StringBuilder(term.length());
        boolean space = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            byte k = Fold.kind(c);
            switch (k) {
                case Fold.WORD -> {
                    if (space && out.length() > 0) {
                        out.append(' ');
                    }
                    space = false;
                    out.append(Fold.folded(c));
                    if (Fold.second(c) != 0) {
                        out.append(Fold.second(c));
                    }
                }
                case Fold.MARK, Fold.APOSTROPHE -> {
                }
                case Fold.SPACE, Fold.TAB, Fold.NEWLINE, Fold.HYPHEN, Fold.UNDERSCORE -> space = true;
                default -> {
                    if (space && out.length() > 0) {
                        out.append(' ');
                    }
                    space = false;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
