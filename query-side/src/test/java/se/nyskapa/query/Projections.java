package se.nyskapa.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.aop.support.AopUtils;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import se.nyskapa.query.support.BatchedProjection;
import se.nyskapa.query.support.MongoDocumentStore;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The projections' event processors and the documents they write. */
public final class Projections {

    private final List<BatchedProjection> projections;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final MongoTemplate mongo;

    public Projections(List<BatchedProjection> projections, EventProcessingConfiguration processing, EventStore eventStore,
                TokenStore tokenStore, MongoTemplate mongo) {
        this.projections = projections;
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.mongo = mongo;
    }

    public List<StreamingEventProcessor> processors() {
        return projections.stream().map(p -> processor(p.processingGroup())).toList();
    }

    public StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    /** Builds the processor's projection again from the first event (its reset handler drops it first). */
    public void rebuild(String processor) {
        StreamingEventProcessor rebuilt = processor(processor);
        rebuilt.shutDown();
        rebuilt.resetTokens();
        rebuilt.start();
        awaitCaughtUp();
    }

    /** Sets the processor back to {@code position}, without a reset: every later event is delivered again. */
    public void redeliverAfter(String processor, long position) {
        StreamingEventProcessor rewound = processor(processor);
        rewound.shutDown();
        rewind(rewound, new GlobalSequenceTrackingToken(position));
        rewound.start();
        awaitCaughtUp();
    }

    /** The position of the newest event in the store. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElseThrow();
    }

    /**
     * Waits until every segment of every processor has handled every event in the store; generously, since a CI
     * machine may be busy with other builds.
     */
    public void awaitCaughtUp() {
        long head = head();
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> processors().forEach(processor -> {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            assertThat(segments).as(processor.getName() + " segments at work")
                                .isNotEmpty()
                                .hasSize(tokenStore.fetchSegments(processor.getName()).length);
            segments.values().forEach(status -> assertThat(status.getCurrentPosition().orElse(-1))
                    .as(processor.getName() + " segment " + status.getSegment().getSegmentId())
                    .isGreaterThanOrEqualTo(head));
        }));
    }

    /** Every stored token of the processor set to {@code token}; the processor must be shut down. */
    public void rewind(StreamingEventProcessor processor, TrackingToken token) {
        for (int segment : tokenStore.fetchSegments(processor.getName())) {
            tokenStore.storeToken(token, processor.getName(), segment);
        }
    }

    /**
     * How many events after {@code position} the processor hands to its projection: those whose payload one of the
     * projection's event handlers takes (a pooled processor skips the rest without delivering them).
     */
    public long handledAfter(String processor, long position) {
        BatchedProjection projection = projections.stream().filter(p -> p.processingGroup().equals(processor))
                                                  .findFirst().orElseThrow();
        List<Class<?>> handled = Arrays.stream(AopUtils.getTargetClass(projection).getDeclaredMethods())
                                       .filter(method -> method.isAnnotationPresent(EventHandler.class))
                                       .map(method -> method.getParameterTypes()[0])
                                       .toList();
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream =
                     eventStore.openStream(new GlobalSequenceTrackingToken(position))) {
            while (stream.hasNextAvailable()) {
                Object payload = stream.nextAvailable().getPayload();
                if (handled.stream().anyMatch(type -> type.isInstance(payload))) {
                    count++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return count;
    }

    /**
     * Every document of every projection collection, by collection, in {@code _id} order, without the revision each
     * write stamps (a document written again with the same content is the same document).
     */
    public Map<String, List<Document>> documents() {
        return documents(projections.stream());
    }

    /** Every document of one processor's projection, as {@link #documents()} gives them. */
    public Map<String, List<Document>> documents(String processor) {
        return documents(projections.stream().filter(p -> p.processingGroup().equals(processor)));
    }

    private Map<String, List<Document>> documents(Stream<BatchedProjection> of) {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        Query query = new Query().with(Sort.by("_id"));
        query.fields().exclude(MongoDocumentStore.REVISION);
        of.flatMap(p -> p.batch().collections().stream()).forEach(collection -> documents.put(
                collection, mongo.find(query, Document.class, collection)));
        return documents;
    }
}
