package se.nyskapa.query;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.MergedAnnotations;
import se.nyskapa.query.support.SharedTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Query-side instances in one JVM, as a region runs several behind a proxy: each an application context of the query
 * side's own wiring ({@link ProjectionTestApplication}, with every {@link ProjectionTest} property), each claiming
 * segments under its own name and keeping its own search index, all over one MongoDB-wire server (projections and
 * tokens) and one event store, which a parent context holds.
 */
public final class QuerySideInstances implements AutoCloseable {

    private final AnnotationConfigApplicationContext stores = new AnnotationConfigApplicationContext(Stores.class);
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    /**
     * Starts an instance, claiming segments under a name of its own, and returns once every shared segment is claimed.
     */
    public ConfigurableApplicationContext start() {
        String[] properties = MergedAnnotations.from(ProjectionTest.class).get(SpringBootTest.class)
                                               .getStringArray("properties");
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(ProjectionTestApplication.class)
                .parent(stores)
                .properties(properties)
                .properties("server.port=0")
                .run();
        started.add(instance);
        SharedTokens tokens = instance.getBean(SharedTokens.class);
        List<String> shared = sharedProcessors(instance);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var stored = tokens.read();
            shared.forEach(processor -> assertThat(stored.get(processor)).as(processor).isNotEmpty()
                    .allSatisfy(segment -> assertThat(segment.owner()).as(processor).isNotNull()));
        });
        return instance;
    }

    /**
     * Shares every processor that keeps its tokens in the shared store: {@code from} lets go of the {@code segments}
     * (and keeps off them for a while), and {@code to} claims them (within Axon's token claim interval, 5 s).
     */
    public static void hand(ConfigurableApplicationContext from, ConfigurableApplicationContext to,
                            int... segments) {
        List<String> shared = sharedProcessors(from);
        shared.forEach(name -> {
            for (int segment : segments) {
                processor(from, name).releaseSegment(segment, 10, TimeUnit.MINUTES);
            }
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> shared.forEach(
                name -> assertThat(processor(to, name).processingStatus().keySet()).as(name + " at the other")
                                                                                   .contains(box(segments))));
    }

    /** The processors whose tokens every instance shares, all but the search index's and the personal keys'. */
    public static List<String> sharedProcessors(ConfigurableApplicationContext instance) {
        SharedTokens tokens = instance.getBean(SharedTokens.class);
        return instance.getBean(EventProcessingConfiguration.class).eventProcessors().keySet().stream()
                       .filter(tokens::keeps).sorted().toList();
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

    private static Integer[] box(int[] segments) {
        return Arrays.stream(segments).boxed().toArray(Integer[]::new);
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
