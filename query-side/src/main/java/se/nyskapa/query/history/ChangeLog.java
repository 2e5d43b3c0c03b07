package se.nyskapa.query.history;

import org.axonframework.eventhandling.DomainEventMessage;
import se.nyskapa.history.HistoryView;
import se.nyskapa.history.UserMetadata;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a subject's events in order and says what each one changed. The subject's fields are kept as its events
 * leave them; an event reads as the fields it sets (its payload as JSON, through {@link FieldRules}), and each one
 * whose value differs from the subject's is a change from before to after.
 * <p>
 * Left out of the fields: the time the event carries ({@code recordedAt}, {@code mergedAt}, …), which is the
 * entry's {@code at}, and the ids that say what the event is about rather than what it changes: the id of its
 * stream ({@code visitId}, {@code proposalId}, …), the id of the subject read from within a stream
 * ({@code contributionId}, {@code themeId}) and of the part of the subject it is about, which is the entry's part.
 */
final class ChangeLog {

    /** The event's own time: its record components of type {@link Instant}. */
    private static final ClassValue<Set<String>> TIMESTAMPS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return type.isRecord()
                    ? Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() == Instant.class)
                            .map(RecordComponent::getName).collect(Collectors.toSet())
                    : Set.of();
        }
    };

    private final SubjectStream stream;
    /** The fields of the subject, or of each part of it, as the events so far left them. */
    private final Map<HistoryView.Part, ObjectNode> fieldsByPart = new HashMap<>();

    ChangeLog(SubjectStream stream) {
        this.stream = stream;
    }

    HistoryView.Entry read(DomainEventMessage<?> event, ObjectNode payload) {
        ObjectNode fields = payload.deepCopy();
        fields.remove(streamIdField(event.getType()));
        fields.remove(TIMESTAMPS.get(event.getPayloadType()));
        stream.namingFields().stream().filter(name -> stream.id().equals(fields.path(name).stringValue(null)))
              .forEach(fields::remove);
        HistoryView.Part part = partOf(fields);
        ObjectNode subject = fieldsByPart.computeIfAbsent(part, p -> JsonNodeFactory.instance.objectNode());
        FieldRules.of(event.getPayloadType()).forEach(rule -> rule.apply(fields, subject));

        List<HistoryView.Change> changes = new ArrayList<>();
        fields.properties().forEach(field -> {
            JsonNode before = subject.has(field.getKey()) ? subject.get(field.getKey()) : NullNode.getInstance();
            if (!before.equals(field.getValue())) {
                changes.add(new HistoryView.Change(field.getKey(), before, field.getValue()));
            }
            subject.set(field.getKey(), field.getValue());
        });
        return new HistoryView.Entry(event.getSequenceNumber(), event.getTimestamp(),
                                     event.getPayloadType().getSimpleName(),
                                     Objects.toString(event.getMetaData().get(UserMetadata.KEY), null),
                                     part, changes);
    }

    /** The first of the stream's part fields the event names, taken out of its fields; null for the whole. */
    private HistoryView.Part partOf(ObjectNode fields) {
        for (String field : stream.partFields()) {
            String id = fields.path(field).stringValue(null);
            if (id != null) {
                fields.remove(field);
                return new HistoryView.Part(field, id);
            }
        }
        return null;
    }

    /** Every event names its stream by the stream's type and "Id": a Visit's by visitId, a Taxonomy's by taxonomyId. */
    private static String streamIdField(String streamType) {
        return Character.toLowerCase(streamType.charAt(0)) + streamType.substring(1) + "Id";
    }
}
