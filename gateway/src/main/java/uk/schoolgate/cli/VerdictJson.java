package uk.schoolgate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.schoolgate.decide.RaisedFlag;
import uk.schoolgate.decide.UnreadableAttachment;
import uk.schoolgate.decide.Verdict;
import uk.schoolgate.detect.Finding;

/**
 * The scan output line for one message, as the contract gives it:
 * {@code {"file", "action", "flags", "findings": [{"type", "where", "count"}], "reasons"}}, plus
 * {@code unreadable} when an attachment could not be read and {@code details} with --explain.
 * Excerpts are masked; nothing here is personal data in clear.
 */
final class VerdictJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private VerdictJson() {
    }

    static ObjectNode of(String file, Verdict verdict, boolean explain) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("file", file);
        out.put("action", verdict.action().name());
        ArrayNode flags = out.putArray("flags");
        verdict.flags().stream().map(RaisedFlag::flag).map(Enum::name).forEach(flags::add);
        ArrayNode findings = out.putArray("findings");
        for (Map.Entry<Key, Integer> group : grouped(verdict).entrySet()) {
            ObjectNode f = findings.addObject();
            f.put("type", group.getKey().type());
            f.put("where", group.getKey().where());
            f.put("count", group.getValue());
            if (group.getKey().reportOnly()) {
                f.put("report_only", true);
            }
        }
        ArrayNode reasons = out.putArray("reasons");
        verdict.reasons().forEach(reasons::add);
        if (!verdict.unreadable().isEmpty()) {
            ArrayNode unreadable = out.putArray("unreadable");
            for (UnreadableAttachment u : verdict.unreadable()) {
                unreadable.addObject().put("file", u.path()).put("reason", u.reason());
            }
        }
        if (explain) {
            ArrayNode details = out.putArray("details");
            for (Finding f : verdict.findings()) {
                ObjectNode d = details.addObject();
                d.put("type", f.type().name());
                d.put("where", f.location().label());
                d.put("start", f.start());
                d.put("end", f.end());
                d.put("excerpt", f.excerpt());
                d.put("confidence", Math.round(f.confidence() * 100) / 100.0);
                d.put("rule", f.rule());
                if (f.subject() != null) {
                    d.put("subject", "person " + Integer.toHexString(f.subject().hashCode()));
                }
                if (f.reportOnly()) {
                    d.put("report_only", true);
                }
            }
            ArrayNode notes = out.putArray("notes");
            verdict.notes().forEach(notes::add);
        }
        return out;
    }

    private record Key(String type, String where, boolean reportOnly) {
    }

    /** Findings counted per type and place, in the order first found; OFFENSIVE_LANGUAGE is a flag only. */
    private static Map<Key, Integer> grouped(Verdict verdict) {
        Map<Key, Integer> groups = new LinkedHashMap<>();
        for (Finding f : verdict.findings()) {
            if (f.type().isContractFinding()) {
                groups.merge(new Key(f.type().name(), f.location().label(), f.reportOnly()), 1, Integer::sum);
            }
        }
        return groups;
    }

    static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
