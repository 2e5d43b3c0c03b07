package se.nyskapa.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.nyskapa.visit.VisitEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Appends visit events to the event store as the Visit aggregate would: one sequence per visit, from 0. */
public final class EventLog {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new HashMap<>();

    EventLog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void publish(VisitEvent... events) {
        publish(List.of(events));
    }

    /**
     * One append per event: {@code InMemoryEventStorageEngine} inserts a multi-event append in hash order, and a
     * processor reading meanwhile can pass a position that is filled a moment later and never see that event.
     */
    public synchronized void publish(List<? extends VisitEvent> events) {
        events.forEach(event -> eventStore.publish(message(event)));
    }

    private GenericDomainEventMessage<VisitEvent> message(VisitEvent event) {
        long sequence = nextSequence.merge(event.visitId(), 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>("Visit", event.visitId(), sequence, event);
    }
}
