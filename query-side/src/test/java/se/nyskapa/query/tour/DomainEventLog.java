package se.nyskapa.query.tour;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.nyskapa.programme.ProgrammeEvent;
import se.nyskapa.proposal.ProposalEvent;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.visit.VisitEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends the events of visits, tours, proposals and programmes to the event store as their aggregates would: one
 * sequence per aggregate, from 0, and one append per event (see {@code EventLog} for why).
 */
public final class DomainEventLog {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new HashMap<>();

    public DomainEventLog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void publish(Object... events) {
        publish(List.of(events));
    }

    public synchronized void publish(List<?> events) {
        events.forEach(event -> eventStore.publish(message(event)));
    }

    private GenericDomainEventMessage<Object> message(Object event) {
        String type;
        String aggregateId;
        if (event instanceof VisitEvent visit) {
            type = "Visit";
            aggregateId = visit.visitId();
        } else if (event instanceof TourPlanned tour) {
            type = "Tour";
            aggregateId = tour.tourId();
        } else if (event instanceof ProposalEvent proposal) {
            type = "Proposal";
            aggregateId = proposal.proposalId();
        } else if (event instanceof ProgrammeEvent programme) {
            type = "Programme";
            aggregateId = programme.programmeId();
        } else {
            throw new IllegalArgumentException("not an event of a known aggregate: " + event);
        }
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, event);
    }
}
