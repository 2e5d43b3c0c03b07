package se.nyskapa.history;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

import java.time.Instant;
import java.util.List;

/**
 * Everything that happened to one thing, oldest first, read from its events: when, what (the event's type), who, and
 * which of its fields changed from what to what.
 *
 * @param aggregateId the event stream the history is read from: the id itself, the visit a contribution was recorded
 *                    at, or the region's theme taxonomy
 * @param events      one page of the events, oldest first
 */
public record HistoryView(String id, Subject subject, String aggregateId, int page, int pageSize, long totalEvents,
                          int totalPages, List<Entry> events) {

    public enum Subject {
        VISIT, CONTRIBUTION, PROPOSAL, THEME, TOUR, PROGRAMME
    }

    /**
     * @param sequence the event's sequence number in its stream: gaps where the stream's other events are about
     *                 other things (the visit's other contributions, the taxonomy's other themes)
     * @param at       when the event was stored
     * @param type     the event's name, e.g. {@code ContributionAmended}
     * @param user     who was behind it; {@code null} for events stored before events carried a name
     * @param part     the part of the thing the event is about (a contribution of a visit, a focus area or a placed
     *                 proposal of a programme); {@code null} when it is about the thing as a whole
     * @param changes  the fields the event changed; empty when the event's type says it all (a visit reopened)
     */
    public record Entry(long sequence, Instant at, String type, String user, Part part, List<Change> changes) {
    }

    /** @param field the field that names the part, e.g. {@code contributionId} */
    public record Part(String field, String id) {
    }

    /**
     * @param before the value before the event; JSON {@code null} when the field had none
     * @param after  the value from the event on; JSON {@code null} when the event took it away
     */
    public record Change(String field, JsonNode before, JsonNode after) {

        /** No value is JSON's null, never Java's, so that a change reads back equal to itself. */
        public Change {
            before = before == null ? NullNode.getInstance() : before;
            after = after == null ? NullNode.getInstance() : after;
        }
    }
}
