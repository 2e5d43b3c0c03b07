package se.nyskapa.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.nyskapa.history.UserMetadata;
import se.nyskapa.programme.ProgrammeEvent;
import se.nyskapa.proposal.ProposalEvent;
import se.nyskapa.theme.ThemeEvent;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.visit.VisitEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends events to the event store as their aggregates would: one sequence per aggregate, from 0. Takes the
 * events of visits, tours, the theme taxonomy, proposals and programmes.
 */
public final class EventLog {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new HashMap<>();

    public EventLog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void publish(Object... events) {
        publish(List.of(events));
    }

    /**
     * One append per event: {@code InMemoryEventStorageEngine} inserts a multi-event append in hash order, and a
     * processor reading meanwhile can pass a position that is filled a moment later and never see that event.
     */
    public synchronized void publish(List<?> events) {
        events.forEach(event -> eventStore.publish(message(event)));
    }

    /** Appends the events as sent by {@code user}: the name the command side puts in every event's metadata. */
    public void publishAs(String user, Object... events) {
        publishAs(user, List.of(events));
    }

    public synchronized void publishAs(String user, List<?> events) {
        events.forEach(event -> eventStore.publish(message(event).andMetaData(Map.of(UserMetadata.KEY, user))));
    }

    /** The sequence number of the aggregate's last event: a proposal's version, as programmes record it. */
    public synchronized long lastSequence(String aggregateId) {
        return nextSequence.getOrDefault(aggregateId, 0L) - 1;
    }

    private GenericDomainEventMessage<Object> message(Object event) {
        String type;
        String id;
        if (event instanceof VisitEvent visit) {
            type = "Visit";
            id = visit.visitId();
        } else if (event instanceof TourPlanned tour) {
            type = "Tour";
            id = tour.tourId();
        } else if (event instanceof ThemeEvent theme) {
            type = "Taxonomy";
            id = theme.taxonomyId();
        } else if (event instanceof ProposalEvent proposal) {
            type = "Proposal";
            id = proposal.proposalId();
        } else if (event instanceof ProgrammeEvent programme) {
            type = "Programme";
            id = programme.programmeId();
        } else {
            throw new IllegalArgumentException("not an event of a known aggregate: " + event);
        }
        long sequence = nextSequence.merge(id, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>(type, id, sequence, event);
    }
}
