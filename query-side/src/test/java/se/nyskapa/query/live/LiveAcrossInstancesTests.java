package se.nyskapa.query.live;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.Projections;
import se.nyskapa.query.QuerySideInstances;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.query.support.SharedTokens;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.query.QuerySideInstances.processor;

/**
 * Live pages behind a proxy that sends them to either of two query-side instances: a page follows its projections
 * through the instance that served it, whichever instance's processors stored the batch.
 */
class LiveAcrossInstancesTests {

    private static final Instant MORNING = Instant.parse("2015-11-12T08:00:00Z");

    private final QuerySideInstances instances = new QuerySideInstances();

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void aBatchStoredByTheOtherInstance_isAnnouncedToThePagesOfThisOne() throws InterruptedException {
        ConfigurableApplicationContext a = instances.start();
        ConfigurableApplicationContext b = instances.start();
        EventLog events = a.getBean(EventLog.class);
        Projections projections = a.getBean(Projections.class);
        events.publish(new VisitEvents("visit-2321", "2321").scheduled(TODAY, "Folkets hus", "Anna Berg"));
        projections.awaitCaughtUp();
        QuerySideInstances.hand(a, b, 3);
        awaitStoredAtHead(a, "visits");

        Announcements atA = Announcements.follow(a, "visits");
        VisitEvents there = visitHandledBy(a, 3);
        List<Duration> added = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.publish(i == 0 ? there.scheduled(TODAY, "Stadshuset", "Erik Lind")
                                  : there.recorded("c" + i, ContributionKind.IDEA, Sector.BUSINESS, "Idé " + i,
                                                   MORNING.plusSeconds(i)));
            long storedByB = reachedAt(b, "visits", 3, projections.head());
            added.add(Duration.ofNanos(atA.next() - storedByB));
        }
        // what the shared path adds to b's own announcement, which comes as b's segment has stored the batch: half a
        // poll on average; generous bounds, as a busy machine delays the threads that measure
        System.out.println("Announced at a after b had stored the batch: " + added);
        assertThat(added).allSatisfy(delay -> assertThat(delay).isLessThan(Duration.ofSeconds(5)));
    }

    @Test
    void aBatchStoredByThisInstance_isAnnouncedOnce() throws InterruptedException {
        ConfigurableApplicationContext a = instances.start();
        ConfigurableApplicationContext b = instances.start();
        EventLog events = a.getBean(EventLog.class);
        events.publish(new VisitEvents("visit-2321", "2321").scheduled(TODAY, "Folkets hus", "Anna Berg"));
        a.getBean(Projections.class).awaitCaughtUp();
        QuerySideInstances.hand(a, b, 3);
        // b's segment is left unclaimed: a token that moves now is one of a's
        processor(b, "visits").shutDown();
        awaitStoredAtHead(a, "visits");

        Announcements atA = Announcements.follow(a, "visits");
        events.publish(visitHandledBy(a, 0).scheduled(TODAY, "Stadshuset", "Erik Lind"));

        atA.next();
        assertThat(atA.within(Duration.ofSeconds(3))).as("announced again").isNull();
    }

    /**
     * Until every claimed segment of the processor has stored its token at the newest event: from then on no token
     * moves but for a new event.
     */
    private static void awaitStoredAtHead(ConfigurableApplicationContext instance, String processor) {
        long head = instance.getBean(Projections.class).head();
        SharedTokens tokens = instance.getBean(SharedTokens.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tokens.read().get(processor))
                .filteredOn(segment -> segment.owner() != null)
                .allSatisfy(segment -> assertThat(segment.position()).isEqualTo(head)));
    }

    /**
     * The moment the instance's processor has worked through the newest event in the segment, as the instance's own
     * announcement comes: both follow the batch's commit.
     */
    private static long reachedAt(ConfigurableApplicationContext instance, String processor, int segment, long head)
            throws InterruptedException {
        while (processor(instance, processor).processingStatus().get(segment).getCurrentPosition().orElse(-1) < head) {
            Thread.sleep(1);
        }
        return System.nanoTime();
    }

    /** A visit whose events segment {@code segment} (of 4) of the visits projection handles. */
    private static VisitEvents visitHandledBy(ConfigurableApplicationContext instance, int segment) {
        SequencingPolicy<? super EventMessage<?>> policy =
                instance.getBean(EventProcessingConfiguration.class).sequencingPolicy("visits");
        Segment handling = Segment.computeSegment(segment, 0, 1, 2, 3);
        return IntStream.range(0, 1_000).mapToObj(i -> new VisitEvents("visit-2380-" + i, "2380"))
                        .filter(visit -> handling.matches(policy.getSequenceIdentifierFor(
                                new GenericDomainEventMessage<>("Visit", visit.visitId(), 0, visit))))
                        .findFirst().orElseThrow();
    }

    /** The moments one instance announced a change to a subscriber, as a page's event stream receives them. */
    private record Announcements(BlockingQueue<Long> at) {

        /**
         * Subscribes as a page does, and returns once what moved before has been announced: every poll of the
         * shared tokens (500 ms) announces what it found moved, so a second lets those announcements pass.
         */
        static Announcements follow(ConfigurableApplicationContext instance, String projection)
                throws InterruptedException {
            BlockingQueue<Long> at = new LinkedBlockingQueue<>();
            SubscriptionQueryResult<WatchProjections, ProjectionChanged> subscription =
                    instance.getBean(QueryGateway.class).subscriptionQuery(
                            new WatchProjections(List.of(projection)),
                            ResponseTypes.instanceOf(WatchProjections.class),
                            ResponseTypes.instanceOf(ProjectionChanged.class));
            subscription.initialResult().block();
            subscription.updates().subscribe(change -> at.add(System.nanoTime()));
            Thread.sleep(1_000);
            at.clear();
            return new Announcements(at);
        }

        long next() throws InterruptedException {
            Long announced = within(Duration.ofSeconds(20));
            assertThat(announced).as("announced").isNotNull();
            return announced;
        }

        Long within(Duration wait) throws InterruptedException {
            return at.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
