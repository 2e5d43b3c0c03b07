package se.nyskapa.query.history;

import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.theme.ThemeMerged;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The events whose fields do not simply set the fields of the same name. Every other event reads as it is written:
 * each of its fields is the subject's value of that field from now on. These few add to a list or take from it, name
 * the value before, or call a field by another name than the subject's; each rule leaves the event's fields as the
 * subject's fields they set.
 */
final class FieldRules {

    /** Rewrites an event's fields into the fields of the subject they set, given the subject's fields so far. */
    @FunctionalInterface
    interface Rule {
        void apply(ObjectNode fields, ObjectNode subject);
    }

    private static final Map<Class<?>, List<Rule>> RULES = Map.of(
            ProposalStatusChanged.class, List.of(before("from", "status"), renamed("to", "status")),
            EvidenceLinked.class, List.of(added("evidence", "evidence")),
            EvidenceUnlinked.class, List.of(taken("contributionId", "evidence")),
            ProposalAbsorbed.class, List.of(added("evidence", "evidence"), added("absorbedProposalId", "mergedFrom")),
            ProposalSplit.class, List.of(taken("movedEvidence", "evidence"), added("newProposalId", "splitInto")),
            ProposalPlaced.class, List.of(before("previousFocusAreaId", "focusAreaId")),
            ProposalRemoved.class, List.of(cleared("focusAreaId")),
            ProgrammeAdopted.class, List.of(renamed("version", "adoptedVersion")),
            // a merge is in the history of both themes: the theme merged into it sees where the other came from
            ThemeMerged.class, List.of(added("themeId", "mergedFrom")));

    private FieldRules() {
    }

    static List<Rule> of(Class<?> eventType) {
        return RULES.getOrDefault(eventType, List.of());
    }

    /** The event names the subject's value before it: the before of the change, not a field of its own. */
    static Rule before(String field, String of) {
        return (fields, subject) -> {
            JsonNode before = fields.remove(field);
            if (before != null && !subject.has(of)) {
                subject.set(of, before);
            }
        };
    }

    static Rule renamed(String field, String to) {
        return (fields, subject) -> {
            if (fields.has(field)) {
                replace(fields, field, to, fields.get(field));
            }
        };
    }

    /** The event's value, or each of its values, joins the subject's list. */
    static Rule added(String field, String to) {
        return (fields, subject) -> {
            if (fields.has(field)) {
                ArrayNode list = listOf(subject, to);
                values(fields.get(field)).stream().filter(value -> !list.values().contains(value)).forEach(list::add);
                replace(fields, field, to, list);
            }
        };
    }

    /** The event's value, or each of its values, leaves the subject's list. */
    static Rule taken(String field, String from) {
        return (fields, subject) -> {
            if (fields.has(field)) {
                List<JsonNode> gone = values(fields.get(field));
                ArrayNode list = JsonNodeFactory.instance.arrayNode();
                listOf(subject, from).values().stream().filter(value -> !gone.contains(value)).forEach(list::add);
                replace(fields, field, from, list);
            }
        };
    }

    /** The event names the value the subject had: after it, the subject has none. */
    static Rule cleared(String field) {
        return (fields, subject) -> {
            if (fields.has(field)) {
                fields.putNull(field);
            }
        };
    }

    private static ArrayNode listOf(ObjectNode subject, String field) {
        JsonNode list = subject.get(field);
        return list instanceof ArrayNode array ? array.deepCopy() : JsonNodeFactory.instance.arrayNode();
    }

    private static List<JsonNode> values(JsonNode value) {
        return value instanceof ArrayNode array ? new ArrayList<>(array.values()) : List.of(value);
    }

    /** Puts {@code value} under {@code to} where {@code field} was, so the fields keep the event's order. */
    private static void replace(ObjectNode fields, String field, String to, JsonNode value) {
        ObjectNode replaced = JsonNodeFactory.instance.objectNode();
        fields.properties().forEach(property -> {
            if (property.getKey().equals(field)) {
                replaced.set(to, value);
            } else if (!property.getKey().equals(to)) {
                replaced.set(property.getKey(), property.getValue());
            }
        });
        fields.removeAll();
        fields.setAll(replaced);
    }
}
