package uk.schoolgate.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.schoolgate.decide.Action;
import uk.schoolgate.decide.Flag;
import uk.schoolgate.decide.FlagAction;
import uk.schoolgate.detect.DetectorCatalog;
import uk.schoolgate.detect.DetectorResources;
import uk.schoolgate.detect.DetectorSuite;

/**
 * Reads a configuration folder ({@code gateway.yaml} and the files it names) into a
 * {@link GatewayConfig}. Anything wrong stops with one {@link ConfigException} naming the file,
 * line and key: the gateway never starts half-configured.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "gateway.yaml";

    static final String DEFAULT_DISCLAIMER = "This email and any attachments are confidential and intended only for "
            + "the addressee. If you have received it in error, please tell the sender and delete it; do not "
            + "copy it or use it for any purpose.";

    private ConfigLoader() {
    }

    /** Loads a configuration folder (or a gateway.yaml path). */
    public static GatewayConfig load(Path dirOrFile) {
        return load(dirOrFile, root -> { });
    }

    /**
     * Loads a configuration folder, letting the application read its own top-level sections
     * (server, upstream, ...) from the same file before unknown keys are refused.
     */
    public static GatewayConfig load(Path dirOrFile, Consumer<ConfigNode> applicationSections) {
        Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve(FILE_NAME) : dirOrFile;
        if (!Files.exists(file)) {
            throw new ConfigException(file + ": no such file (give --config the folder that holds " + FILE_NAME + ")");
        }
        Path base = file.toAbsolutePath().getParent();
        YamlDocument document = YamlDocument.read(file);
        ConfigNode root = document.root();

        School school = readSchool(root.section("school"));
        String disclaimer = readDisclaimer(root, base);
        ConfigNode dir = root.section("directory");
        Directory directory = DirectoryLoader.load(
                csvPath(dir, "staff", base), csvPath(dir, "parents", base), csvPath(dir, "pupils", base));
        PolicySettings policy = readPolicy(root.section("policy"));
        ExtractionLimits extraction = readExtraction(root.section("extraction"));
        StampSettings stamping = readStamping(root.section("stamping"));
        List<Organisation> organisations = readOrganisations(root);
        DetectorSuite detectors = DetectorCatalog.build(root.section("detectors"),
                new DetectorResources(school, directory, organisations, base));
        applicationSections.accept(root);
        root.finish();
        return new GatewayConfig(base, school, disclaimer, directory, policy, extraction, stamping, organisations,
                detectors);
    }

    private static School readSchool(ConfigNode node) {
        String name = node.string("name");
        String address = node.string("address", "");
        String phone = node.string("phone", "");
        List<String> domains = node.stringList("domains", List.of());
        if (domains.isEmpty()) {
            throw node.error("domains", "list at least one internal mail domain, e.g. domains: [yourschool.sch.uk]");
        }
        for (String domain : domains) {
            if (domain.isBlank() || domain.contains("@") || domain.contains(" ") || !domain.contains(".")) {
                throw node.error("domains", "'" + domain + "' is not a mail domain");
            }
        }
        return new School(name, address, phone, domains);
    }

    private static String readDisclaimer(ConfigNode root, Path base) {
        boolean inline = root.has("disclaimer");
        boolean fromFile = root.has("disclaimer_file");
        if (inline && fromFile) {
            throw root.error("disclaimer_file", "give either disclaimer or disclaimer_file, not both");
        }
        if (fromFile) {
            Path path = base.resolve(root.string("disclaimer_file"));
            try {
                return normaliseText(Files.readString(path));
            } catch (java.io.IOException | RuntimeException e) {
                throw root.error("disclaimer_file", "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        return normaliseText(root.string("disclaimer", DEFAULT_DISCLAIMER));
    }

    private static String normaliseText(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    private static Path csvPath(ConfigNode dir, String key, Path base) {
        Path path = base.resolve(dir.string(key));
        if (!Files.isRegularFile(path)) {
            throw dir.error(key, path + ": no such file");
        }
        return path;
    }

    private static PolicySettings readPolicy(ConfigNode node) {
        long limit = node.longValue("attachment_limit_bytes", PolicySettings.DEFAULT_ATTACHMENT_LIMIT, 0, Long.MAX_VALUE);
        int exposed = node.intValue("max_visible_external_recipients", 5, 0, 100_000);
        int bulk = node.intValue("bulk_personal_data_threshold", 10, 1, 1_000_000);
        Action unreadable = node.enumValue("unreadable_attachment_action", Action.class, Action.DELIVER);
        Map<Flag, FlagAction> actions = new EnumMap<>(PolicySettings.defaultActions());
        ConfigNode actionsNode = node.section("actions");
        for (String key : actionsNode.keys()) {
            Flag flag = actionsNode.parseEnum(key, Flag.class, key);
            actions.put(flag, readFlagAction(actionsNode, key));
        }
        return new PolicySettings(limit, exposed, bulk, unreadable, Map.copyOf(actions));
    }

    private static FlagAction readFlagAction(ConfigNode actions, String key) {
        if (actions.isSection(key)) {
            ConfigNode both = actions.section(key);
            Action internal = both.enumValue("internal", Action.class, null);
            Action external = both.enumValue("external", Action.class, null);
            if (internal == null || external == null) {
                throw actions.error(key, "give both internal: and external: actions, or a single action");
            }
            return new FlagAction(internal, external);
        }
        return FlagAction.always(actions.enumValue(key, Action.class, Action.DELIVER));
    }

    private static ExtractionLimits readExtraction(ConfigNode node) {
        ExtractionLimits d = ExtractionLimits.defaults();
        return new ExtractionLimits(
                node.longValue("max_total_chars", d.maxTotalChars(), 1000, Integer.MAX_VALUE),
                node.intValue("max_depth", d.maxDepth(), 1, 20),
                node.intValue("max_archive_entries", d.maxArchiveEntries(), 1, 1_000_000),
                node.doubleValue("max_expansion_ratio", d.maxExpansionRatio(), 1, 1_000_000),
                node.longValue("max_expanded_bytes", d.maxExpandedBytes(), 1024, Long.MAX_VALUE),
                Duration.ofMillis(node.longValue("time_budget_ms", d.timeBudget().toMillis(), 100, 600_000)));
    }

    private static StampSettings readStamping(ConfigNode node) {
        StampSettings d = StampSettings.defaults();
        return new StampSettings(node.bool("disclaimer", d.disclaimer()), node.bool("signature", d.signature()),
                node.enumValue("signed_messages", StampSettings.SignedMessages.class, d.signedMessages()));
    }

    private static List<Organisation> readOrganisations(ConfigNode root) {
        List<Organisation> out = new ArrayList<>();
        for (ConfigNode org : root.sectionList("organisations")) {
            out.add(new Organisation(org.string("name"), org.string("address", ""), org.string("phone", ""),
                    org.stringList("domains", List.of())));
        }
        return List.copyOf(out);
    }
}
