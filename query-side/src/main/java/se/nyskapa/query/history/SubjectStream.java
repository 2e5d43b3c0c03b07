package se.nyskapa.query.history;

import se.nyskapa.history.HistoryView;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Where a subject's events are and how they name it.
 *
 * @param aggregateId  the stream holding its events
 * @param namingFields for a subject read from within a stream (a contribution, a theme): the fields by which an event
 *                     of the stream names it; empty when the whole stream is the subject's
 * @param partFields   for a subject whose stream holds parts (a visit's contributions, a programme's placed proposals
 *                     and focus areas): the fields naming the part an event is about, the first that an event has
 */
record SubjectStream(HistoryView.Subject subject, String id, String aggregateId, List<String> namingFields,
                     List<String> partFields) {

    static SubjectStream whole(HistoryView.Subject subject, String id, List<String> partFields) {
        return new SubjectStream(subject, id, id, List.of(), partFields);
    }

    static SubjectStream within(HistoryView.Subject subject, String id, String aggregateId, String... namingFields) {
        return new SubjectStream(subject, id, aggregateId, List.of(namingFields), List.of());
    }

    boolean isAbout(ObjectNode event) {
        return namingFields.isEmpty()
                || namingFields.stream().anyMatch(field -> id.equals(event.path(field).stringValue(null)));
    }
}
