package se.nyskapa.query;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.MergedAnnotations;
import se.nyskapa.query.cluster.FairShare;
import se.nyskapa.query.support.SharedTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Query-side instances in one JVM, as a region runs several behind a proxy: each an application context of the query
 * side's own wiring ({@link ProjectionTestApplication}, with every {@link ProjectionTest} property), each claiming
 * segments under its own name and keeping its own search index, all over one MongoDB-wire server (projections and
 * tokens) and one event store, which a parent context holds.
 */
public final class QuerySideInstances implements AutoCloseable {

    /**
     * Shorter than the service's (10 s, 2 s, 500 ms), so that the instances share the segments, and announce each
     * other's batches, soon: each instance renews its heartbeat and looks for segments to claim or let go of every
     * second, and counts another gone after 4 s without one.
     */
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(4);
    public static final Duration CLAIM_INTERVAL = Duration.ofSeconds(1);
    public static final Duration TOKEN_POLL = Duration.ofMillis(100);
    /** Generous: a CI machine may be busy with other builds. */
    private static final Duration PATIENCE = Duration.ofMinutes(1);
    /** As {@link ProjectionTest} leaves them: the default. */
    private static final int SEGMENTS = 4;

    private final AnnotationConfigApplicationContext stores = new AnnotationConfigApplicationContext(Stores.class);
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    /**
     * Starts an instance, claiming segments under a name of its own, and returns once every shared segment is claimed
     * (by the instances started before it, until they have handed it its share: see {@link #awaitShared()}).
     */
    public ConfigurableApplicationContext start() {
        String[] properties = MergedAnnotations.from(ProjectionTest.class).get(SpringBootTest.class)
                                               .getStringArray("properties");
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(ProjectionTestApplication.class)
                .parent(stores)
                .properties(properties)
                .properties("server.port=0",
                            "nyskapa.projections.claim-timeout=" + CLAIM_TIMEOUT.toMillis() + "ms",
                            "nyskapa.projections.token-claim-interval=" + CLAIM_INTERVAL.toMillis() + "ms",
                            "nyskapa.live.token-poll=" + TOKEN_POLL.toMillis() + "ms")
                .run();
        started.add(instance);
        SharedTokens tokens = instance.getBean(SharedTokens.class);
        List<String> shared = sharedProcessors(instance);
        await().atMost(PATIENCE).untilAsserted(() -> {
            var stored = tokens.read();
            shared.forEach(processor -> assertThat(stored.get(processor)).as(processor).isNotEmpty()
                    .allSatisfy(segment -> assertThat(segment.owner()).as(processor).isNotNull()));
        });
        return instance;
    }

    /**
     * Waits until the instances started share the segments of every processor whose tokens they share, as the
     * balancer splits them: each works on as many as the others ({@code segments / instances}), none on the same.
     */
    public void awaitShared() {
        List<String> shared = sharedProcessors(started.get(0));
        await().atMost(PATIENCE).untilAsserted(() -> shared.forEach(name -> {
            List<Integer> all = new ArrayList<>();
            for (ConfigurableApplicationContext instance : started) {
                Set<Integer> here = segments(instance, name);
                assertThat(here).as(name + " at instance " + started.indexOf(instance))
                                .hasSize(SEGMENTS / started.size());
                all.addAll(here);
            }
            assertThat(all).as(name).containsExactlyInAnyOrderElementsOf(allSegments());
        }));
    }

    /**
     * Waits until every processor has handled every event in the store: those whose tokens the instances share in
     * every segment, wherever it runs, and each instance's own (its search index) in every segment at that instance.
     */
    public void awaitCaughtUp() {
        ConfigurableApplicationContext first = started.get(0);
        long head = first.getBean(Projections.class).head();
        List<String> shared = sharedProcessors(first);
        await().atMost(PATIENCE).untilAsserted(() -> {
            shared.forEach(name -> {
                List<EventTrackerStatus> statuses = started.stream().flatMap(
                        instance -> processor(instance, name).processingStatus().values().stream()).toList();
                assertThat(statuses).as(name + " segments at work")
                                    .extracting(status -> status.getSegment().getSegmentId())
                                    .containsExactlyInAnyOrderElementsOf(allSegments());
                assertThat(statuses).as(name).allSatisfy(status -> assertAt(status, head));
            });
            for (ConfigurableApplicationContext instance : started) {
                ownProcessors(instance).forEach(processor -> assertThat(processor.processingStatus().values())
                        .as(processor.getName() + " at instance " + started.indexOf(instance)).isNotEmpty()
                        .allSatisfy(status -> assertAt(status, head)));
            }
        });
    }

    private static List<Integer> allSegments() {
        return IntStream.range(0, SEGMENTS).boxed().toList();
    }

    private static void assertAt(EventTrackerStatus status, long head) {
        assertThat(status.isErrorState()).as("segment %d in error", status.getSegment().getSegmentId()).isFalse();
        assertThat(status.getCurrentPosition().orElse(-1)).as("segment %d", status.getSegment().getSegmentId())
                                                         .isGreaterThanOrEqualTo(head);
    }

    /**
     * The instance stops working on the projections and leaves their share, as one does that shuts down, while it
     * goes on serving: its processors stop and release their segments, and its heartbeat ends, so that the others
     * claim every segment.
     */
    public static void leave(ConfigurableApplicationContext instance) throws InterruptedException {
        instance.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::shutDown);
        instance.getBean(FairShare.class).destroy();
    }

    /** The segments the instance's processor works on, as its processing status has them. */
    public static Set<Integer> segments(ConfigurableApplicationContext instance, String processor) {
        return processor(instance, processor).processingStatus().keySet();
    }

    /** The processors whose tokens every instance shares, all but the search index's and the personal keys'. */
    public static List<String> sharedProcessors(ConfigurableApplicationContext instance) {
        SharedTokens tokens = instance.getBean(SharedTokens.class);
        return instance.getBean(EventProcessingConfiguration.class).eventProcessors().keySet().stream()
                       .filter(tokens::keeps).sorted().toList();
    }

    /** The streaming processors that keep their tokens to the instance: each works through every event itself. */
    private static List<StreamingEventProcessor> ownProcessors(ConfigurableApplicationContext instance) {
        SharedTokens tokens = instance.getBean(SharedTokens.class);
        return instance.getBean(EventProcessingConfiguration.class).eventProcessors().entrySet().stream()
                       .filter(processor -> !tokens.keeps(processor.getKey()))
                       .map(Map.Entry::getValue)
                       .filter(StreamingEventProcessor.class::isInstance)
                       .map(StreamingEventProcessor.class::cast)
                       .toList();
    }

    public static StreamingEventProcessor processor(ConfigurableApplicationContext instance, String name) {
        return instance.getBean(EventProcessingConfiguration.class)
                       .eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    /** Whether the instance has worked through the events up to {@code head} in every segment it holds. */
    public static boolean reached(ConfigurableApplicationContext instance, String processor, long head) {
        return processor(instance, processor).processingStatus().values().stream().allMatch(
                segment -> segment.getCurrentPosition().orElse(-1) >= head && !segment.isErrorState());
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        stores.close();
    }

    /** Not a {@code @Configuration}: the instances' component scan would find it and make stores of their own. */
    static class Stores {

        @Bean(destroyMethod = "shutdownNow")
        MongoServer projectionStore() {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            return server;
        }

        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }
    }
}
