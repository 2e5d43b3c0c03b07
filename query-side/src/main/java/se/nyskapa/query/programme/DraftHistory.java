package se.nyskapa.query.programme;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import se.nyskapa.history.FindHistory;
import se.nyskapa.history.HistoryView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The moments a programme draft changed, read from the programme's history, for the time slider: one stop per event
 * of the programme (started, focus area added or renamed, proposal placed or removed, version published, adopted),
 * and a last stop, now, for the live draft, which also shows what changed in its proposals since.
 */
record DraftHistory(List<Moment> moments) {

    private static final String PUBLISHED = "DraftPublished";

    /**
     * @param at      when the event was stored: asking for the draft as of this instant includes the event
     * @param type    the event's name, {@code null} for now
     * @param version for a published version, its number
     */
    record Moment(int index, Instant at, String type, Integer version) {

        public boolean now() {
            return type == null;
        }
    }

    static DraftHistory of(QueryGateway queries, String programmeId) {
        List<Moment> moments = new ArrayList<>();
        int published = 0;
        int page = 0;
        int pages = 1;
        while (page < pages) {
            HistoryView history = queries.query(new FindHistory(programmeId, page),
                                                ResponseTypes.optionalInstanceOf(HistoryView.class))
                                         .join().orElse(null);
            if (history == null) {
                break;
            }
            for (HistoryView.Entry event : history.events()) {
                Integer version = PUBLISHED.equals(event.type()) ? ++published : null;
                moments.add(new Moment(moments.size(), event.at(), event.type(), version));
            }
            pages = history.totalPages();
            page++;
        }
        moments.add(new Moment(moments.size(), null, null, null));
        return new DraftHistory(List.copyOf(moments));
    }

    Moment now() {
        return moments.get(moments.size() - 1);
    }

    /** The stop a slider stands on for the draft as of {@code asOf}: the last event at or before it. */
    Moment at(Instant asOf) {
        Moment found = moments.get(0);
        for (Moment moment : moments) {
            if (!moment.now() && !moment.at().isAfter(asOf)) {
                found = moment;
            }
        }
        return found;
    }

    Moment published(int version) {
        return moments.stream().filter(m -> Integer.valueOf(version).equals(m.version())).findFirst().orElse(now());
    }

    Moment get(int index) {
        return moments.get(Math.max(0, Math.min(index, moments.size() - 1)));
    }
}
