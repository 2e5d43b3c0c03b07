package se.nyskapa.query.cluster;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.KalasTour;
import se.nyskapa.query.Projections;
import se.nyskapa.query.QuerySideApplication;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.query.admin.ProjectionRebuilds;
import se.nyskapa.query.support.BatchedProjection;
import se.nyskapa.region.Region;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Query-side applications, each as its service runs it, over one MongoDB-wire server and one event database (a named
 * in-memory H2 that both reach, as they would the store process): they share the segments of every processor whose
 * tokens are in MongoDB, a rebuild asked of one works while the other runs, and the one left takes over the segments
 * of one that stops or dies.
 */
class SharedSegmentsTests {

    private static final int SEGMENTS = 4;
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration CLAIM_INTERVAL = Duration.ofMillis(500);
    /** Generous: a CI machine may be busy with other builds. */
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @TempDir
    Path dataDirs;

    private MongoServer mongo;
    private String eventDatabase;
    private Connection keepsDatabaseOpen;
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    @BeforeEach
    void startStores() throws SQLException {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        eventDatabase = "jdbc:h2:mem:events-" + UUID.randomUUID() + ";MODE=PostgreSQL";
        keepsDatabaseOpen = DriverManager.getConnection(eventDatabase, "sa", "");
        // as command-side makes them
        PostgresEventTableFactory.INSTANCE.createDomainEventTable(keepsDatabaseOpen, new EventSchema()).execute();
        PostgresEventTableFactory.INSTANCE.createSnapshotEventTable(keepsDatabaseOpen, new EventSchema()).execute();
    }

    @AfterEach
    void stopAll() throws SQLException {
        started.forEach(ConfigurableApplicationContext::close);
        keepsDatabaseOpen.close();
        mongo.shutdownNow();
    }

    @Test
    void instancesShareTheSegmentsRebuildTogetherAndTheOneLeftTakesThemOver() {
        ConfigurableApplicationContext first = start("first");
        List<String> shared = sharedProcessors(first);
        assertThat(shared).contains("visits", "municipalities", "themes", "proposals", "programmes", "tours");
        await().atMost(PATIENCE).untilAsserted(() -> shared.forEach(
                processor -> assertThat(segments(first, processor)).as(processor).hasSize(SEGMENTS)));
        KalasTour.publish(new EventLog(first.getBean(EventStore.class)), first.getBean(Region.class));

        ConfigurableApplicationContext second = start("second");
        awaitSharedHalfAndHalf(first, second, shared);
        // the search index is each instance's own: each works through every segment of it
        assertThat(segments(first, "search")).hasSize(SEGMENTS);
        assertThat(segments(second, "search")).hasSize(SEGMENTS);
        awaitCaughtUp(List.of(first, second), shared);
        Map<String, List<Document>> sharedlyBuilt = projections(second).documents();

        // asked of one instance while the other holds half the segments: the stray document goes with the reset
        second.getBean(MongoTemplate.class).getCollection("visits").insertOne(new Document("_id", "stray"));
        second.getBean(ProjectionRebuilds.class).rebuild("visits");
        awaitSharedHalfAndHalf(first, second, shared);
        awaitCaughtUp(List.of(first, second), shared);
        assertThat(projections(second).documents()).isEqualTo(sharedlyBuilt);

        first.close();
        await().atMost(PATIENCE).untilAsserted(() -> shared.forEach(
                processor -> assertThat(segments(second, processor)).as(processor).hasSize(SEGMENTS)));
        publishAnotherVisit(second);
        Projections alone = projections(second);
        alone.awaitCaughtUp();
        Map<String, List<Document>> builtByBoth = alone.documents();
        shared.forEach(alone::rebuild);
        assertThat(alone.documents()).isEqualTo(builtByBoth);
    }

    /**
     * An instance that held two of the contribution addresses' segments stops renewing its heartbeat and claims, as
     * one killed would: the other instance takes its segments over once its claims have timed out, not before.
     */
    @Test
    void theSegmentsOfAnInstanceThatDiedAreTakenOverAfterTheClaimTimeout() {
        Ghost ghost = new Ghost("history", 0, 1);
        ConfigurableApplicationContext survivor = start("survivor");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(segments(survivor, "history")).containsOnly(2, 3));

        Instant lastRenewed = ghost.die();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
               .untilAsserted(() -> assertThat(segments(survivor, "history")).hasSize(SEGMENTS));
        Duration takeover = Duration.between(lastRenewed, Instant.now());
        // a busy machine can only make it later: the upper bound is loose, the lower one is not
        assertThat(takeover).isGreaterThan(CLAIM_TIMEOUT.minusMillis(200))
                            .isLessThan(CLAIM_TIMEOUT.plus(CLAIM_INTERVAL.multipliedBy(4)).plusSeconds(10));
    }

    private ConfigurableApplicationContext start(String name) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side")
                .run("--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort() + "/nyskapa",
                     "--spring.datasource.url=" + eventDatabase,
                     "--server.port=0",
                     "--nyskapa.data-dir=" + dataDirs.resolve(name),
                     "--nyskapa.personal.key-dir=" + dataDirs.resolve("keys"),
                     "--nyskapa.projections.claim-timeout=" + CLAIM_TIMEOUT.toMillis() + "ms",
                     "--nyskapa.projections.token-claim-interval=" + CLAIM_INTERVAL.toMillis() + "ms");
        started.add(context);
        return context;
    }

    private static List<String> sharedProcessors(ConfigurableApplicationContext context) {
        return context.getBeansOfType(BatchedProjection.class).values().stream()
                      .map(BatchedProjection::processingGroup).sorted().toList();
    }

    private static Set<Integer> segments(ConfigurableApplicationContext context, String processor) {
        return processor(context, processor).processingStatus().keySet();
    }

    private static StreamingEventProcessor processor(ConfigurableApplicationContext context, String processor) {
        return context.getBean(EventProcessingConfiguration.class)
                      .eventProcessor(processor, StreamingEventProcessor.class).orElseThrow();
    }

    private static void awaitSharedHalfAndHalf(ConfigurableApplicationContext first,
                                               ConfigurableApplicationContext second, List<String> shared) {
        await().atMost(PATIENCE).untilAsserted(() -> shared.forEach(processor -> {
            Set<Integer> firsts = segments(first, processor);
            Set<Integer> seconds = segments(second, processor);
            // sizes first: an empty set is not an element list AssertJ compares with, and awaitility retries
            // assertion errors only
            assertThat(firsts).as(processor + " on the first").hasSize(SEGMENTS / 2);
            assertThat(seconds).as(processor + " on the second").hasSize(SEGMENTS / 2);
            assertThat(firsts).as(processor + " on the first, not on the second").doesNotContainAnyElementsOf(seconds);
        }));
    }

    /** Every segment of every shared processor, wherever it runs, has handled every event in the store. */
    private static void awaitCaughtUp(List<ConfigurableApplicationContext> instances, List<String> shared) {
        TrackingToken headToken = instances.get(0).getBean(EventStore.class).createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElseThrow();
        await().atMost(PATIENCE).untilAsserted(() -> shared.forEach(processor -> {
            List<EventTrackerStatus> statuses = instances.stream()
                    .flatMap(instance -> processor(instance, processor).processingStatus().values().stream())
                    .toList();
            assertThat(statuses.stream().map(status -> status.getSegment().getSegmentId()).collect(toSet()))
                    .as(processor + " segments at work").isEqualTo(IntStream.range(0, SEGMENTS).boxed().collect(toSet()));
            assertThat(statuses).as(processor).allSatisfy(
                    status -> assertThat(status.getCurrentPosition().orElse(-1)).isGreaterThanOrEqualTo(head));
        }));
    }

    private static Projections projections(ConfigurableApplicationContext context) {
        return new Projections(List.copyOf(context.getBeansOfType(BatchedProjection.class).values()),
                               context.getBean(EventProcessingConfiguration.class), context.getBean(EventStore.class),
                               context.getBean(TokenStore.class), context.getBean(MongoTemplate.class));
    }

    /** A spring visit to Krokom with a few contributions: aggregates the event log has not seen. */
    private static void publishAnotherVisit(ConfigurableApplicationContext context) {
        VisitEvents visit = new VisitEvents("visit-2309-spring", "2309");
        Instant at = Instant.parse("2016-03-14T09:00:00Z");
        List<Object> events = new ArrayList<>();
        events.add(visit.scheduled(LocalDate.of(2016, 3, 14), "Folkets hus", "Anna Berg"));
        for (int i = 0; i < 10; i++) {
            events.add(visit.recorded("visit-2309-spring-c" + i, ContributionKind.NEED, Sector.CITIZEN,
                                      "Vårens inspel " + i, at.plusSeconds(60L * i)));
        }
        new EventLog(context.getBean(EventStore.class)).publish(events);
    }

    /**
     * An instance that claimed some segments of one processor, and renews its heartbeat and claims as a live one
     * does, until it dies.
     */
    private final class Ghost {

        private final QueryInstance instance = new QueryInstance("ghost");
        private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor();
        private final MongoClient client = MongoClients.create("mongodb://127.0.0.1:"
                                                                       + mongo.getLocalAddress().getPort());
        private volatile Instant lastRenewed;

        Ghost(String processor, int... claimed) {
            TokenStore tokens = MongoTokenStore.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client.getDatabase("nyskapa")).build())
                    .serializer(Jackson3Serializer.builder().build())
                    .nodeId(instance.id())
                    .claimTimeout(CLAIM_TIMEOUT)
                    .build();
            Heartbeats heartbeats = new Heartbeats(client.getDatabase("nyskapa").getCollection(Heartbeats.COLLECTION),
                                                   instance, CLAIM_TIMEOUT);
            tokens.initializeTokenSegments(processor, SEGMENTS);
            for (int segment : claimed) {
                tokens.fetchToken(processor, segment);
            }
            renewal.scheduleWithFixedDelay(() -> {
                heartbeats.beat();
                for (int segment : claimed) {
                    tokens.extendClaim(processor, segment);
                }
                lastRenewed = Instant.now();
            }, 0, CLAIM_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Stops renewing; says when it last renewed its claims. */
        Instant die() {
            renewal.shutdownNow();
            try {
                renewal.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            client.close();
            return lastRenewed;
        }
    }
}
