package se.nyskapa.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * A projection that writes its documents once per batch. The query side's configuration gives each one its own
 * pooled streaming processor, its batch flush, and its sequencing policy.
 */
public interface BatchedProjection extends Projection {

    String processingGroup();

    DocumentBatch batch();

    /**
     * Which events must be handled in order, by one segment. Every document must be written from one sequence
     * only, so that no two segments ever race on it, also when they run on different query-side instances: a
     * projection whose documents each take the events of one aggregate keeps this default, one whose documents take
     * the events of several keys them by what those share (a kommun's code), else puts them all in
     * {@link OneSequence}. A key's hash decides its segment, so it must hash alike in every process (a text does).
     */
    default SequencingPolicy<? super EventMessage<?>> sequencingPolicy() {
        return SequentialPerAggregatePolicy.instance();
    }
}
