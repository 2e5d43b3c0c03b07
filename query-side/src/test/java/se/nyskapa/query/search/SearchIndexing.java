package se.nyskapa.query.search;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import se.nyskapa.query.Projections;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search processor in tests: waiting for it, counting the events it hands to the index, rewinding it. The other
 * projections' helpers ({@link Projections}) keep their tokens in MongoDB; this one's are in the index.
 */
final class SearchIndexing {

    private final AtomicLong delivered = new AtomicLong();
    /** Looked up when first used: the processors are configured with this class's delivery counter. */
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<Projections> projections;
    private final ObjectProvider<EventStore> eventStore;

    private SearchIndexing(ObjectProvider<EventProcessingConfiguration> processing,
                           ObjectProvider<Projections> projections, ObjectProvider<EventStore> eventStore) {
        this.processing = processing;
        this.projections = projections;
        this.eventStore = eventStore;
    }

    /** Every event the search processor has handed to its projection, redeliveries included. */
    long delivered() {
        return delivered.get();
    }

    StreamingEventProcessor processor() {
        return processing.getObject().eventProcessor(SearchProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                         .orElseThrow();
    }

    TokenStore tokenStore() {
        return processing.getObject().tokenStore(SearchProjection.PROCESSING_GROUP);
    }

    /** How many events after {@code position} the search projection takes: those about contributions. */
    long handledAfter(long position) {
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream =
                     eventStore.getObject().openStream(new GlobalSequenceTrackingToken(position))) {
            while (stream.hasNextAvailable()) {
                Object payload = stream.nextAvailable().getPayload();
                if (payload instanceof ContributionRecorded || payload instanceof ContributionAmended
                        || payload instanceof ContributionTagged || payload instanceof ContributionRetracted) {
                    count++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return count;
    }

    /** Waits until every segment has handled every event in the store (its batch committed and searchable). */
    void awaitCaughtUp() {
        long head = projections.getObject().head();
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            Map<Integer, EventTrackerStatus> segments = processor().processingStatus();
            assertThat(segments).as("search segments at work").hasSize(4);
            segments.values().forEach(status -> assertThat(status.getCurrentPosition().orElse(-1))
                    .as("search segment " + status.getSegment().getSegmentId()).isGreaterThanOrEqualTo(head));
        });
    }

    /** Sets the processor back to {@code position} without a reset: every later event is delivered again. */
    void redeliverAfter(long position) {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        for (int segment : tokenStore().fetchSegments(processor.getName())) {
            tokenStore().storeToken(new GlobalSequenceTrackingToken(position), processor.getName(), segment);
        }
        processor.start();
        awaitCaughtUp();
    }

    /** From the first event, through the reset handler that empties the index. */
    void rebuild() {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitCaughtUp();
    }

    /** Stops the processor and starts it again, as a restart of the node would. */
    void restart() {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.start();
        awaitCaughtUp();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        SearchIndexing searchIndexing(ObjectProvider<EventProcessingConfiguration> processing,
                                      ObjectProvider<Projections> projections, ObjectProvider<EventStore> eventStore) {
            return new SearchIndexing(processing, projections, eventStore);
        }

        @Bean
        ConfigurerModule countSearchDeliveries(SearchIndexing indexing) {
            return configurer -> configurer.eventProcessing(processing -> processing.registerHandlerInterceptor(
                    SearchProjection.PROCESSING_GROUP, config -> (unitOfWork, chain) -> {
                        indexing.delivered.incrementAndGet();
                        return chain.proceed();
                    }));
        }
    }
}
