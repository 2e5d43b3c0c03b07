package se.nyskapa.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * All of a projection's events in one sequence, handled in order by one segment: for a projection whose documents
 * take events of many aggregates. The sequence is keyed by the projection's name, whose hash, and so its segment, is
 * the same in every process. Axon's {@code SequentialPolicy} keys it by an object whose hash differs from one JVM to
 * the next: two query-side instances would each handle every event in a segment of their own, both writing every
 * document, and one instance restarted would handle again the events its old segment had passed and its new one not.
 */
public record OneSequence(String key) implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return key;
    }
}
