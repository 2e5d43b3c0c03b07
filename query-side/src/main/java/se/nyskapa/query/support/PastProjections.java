package se.nyskapa.query.support;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Answers as things stood at an instant: a fresh copy of a projection, in memory, is fed every event stored up to
 * that instant, in the order the platform's own projection took them, and then asked.
 * <p>
 * Nothing of the past needs to be kept in the projections for this, and the answer is exactly what the projection
 * would have said then. The price is one read of the event stream to its head per question: events are stamped
 * before they are stored, so stream order is not strictly time order and an early stop could miss one.
 */
@Component
public class PastProjections {

    /** Events handled per batch: the projection's own flush runs once per batch, as it does live. */
    private static final int BATCH_SIZE = 500;
    private static final int WAIT_FOR_STORED_EVENT_SECONDS = 10;

    private final EventStore events;

    PastProjections(EventStore events) {
        this.events = events;
    }

    /**
     * @param newProjection makes the projection over the store it is given
     * @return the projection, built from every event stamped at or before {@code asOf}
     */
    public <P extends BatchedProjection> P asOf(Instant asOf, Function<DocumentStore, P> newProjection) {
        P projection = newProjection.apply(new InMemoryDocumentStore());
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        TrackingToken head = events.createHeadToken();
        if (head == null || head.position().orElse(-1) < 0) {
            return projection;
        }
        List<EventMessage<?>> batch = new ArrayList<>(BATCH_SIZE);
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            TrackedEventMessage<?> event;
            do {
                if (!stream.hasNextAvailable(WAIT_FOR_STORED_EVENT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the event stream ended before its head " + head);
                }
                event = stream.nextAvailable();
                if (!event.getTimestamp().isAfter(asOf) && handlers.canHandle(event)) {
                    batch.add(event);
                    if (batch.size() == BATCH_SIZE) {
                        handle(batch, projection, handlers);
                        batch = new ArrayList<>(BATCH_SIZE);
                    }
                }
            } while (!event.trackingToken().covers(head));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the events", e);
        }
        if (!batch.isEmpty()) {
            handle(batch, projection, handlers);
        }
        return projection;
    }

    private static void handle(List<EventMessage<?>> batch, BatchedProjection projection,
                               AnnotationEventHandlerAdapter handlers) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        MessageHandler<EventMessage<?>> handler = handlers::handle;
        ResultMessage<Object> result = unitOfWork.executeWithResult(
                () -> new DefaultInterceptorChain<>(unitOfWork, List.of(projection.batch().flushAtEndOfBatch()),
                                                    handler).proceed(),
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("a past event could not be applied", result.exceptionResult());
        }
    }
}
