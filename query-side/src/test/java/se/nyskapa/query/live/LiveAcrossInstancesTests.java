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
import se.nyskapa.query.support.SharedTokens.StoredSegment;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.query.QuerySideInstances.TOKEN_POLL;
import static se.nyskapa.query.QuerySideInstances.processor;
import static se.nyskapa.query.QuerySideInstances.segments;

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
        instances.awaitShared();
        EventLog events = a.getBean(EventLog.class);
        Projections projections = a.getBean(Projections.class);
        events.publish(new VisitEvents("visit-2321", "2321").scheduled(TODAY, "Folkets hus", "Anna Berg"));
        instances.awaitCaughtUp();

        // a visit for each of b's segments, so that each stores its token as it handles its event: a segment that
        // only passes over an event stores it later, when next extending its claim, and would be announced then
        List<Integer> atB = List.copyOf(segments(b, "visits"));
        List<VisitEvents> there = atB.stream().map(segment -> visitHandledBy(a, segment)).toList();
        awaitStoredAtHead(a, "visits");
        Announcements atA = Announcements.follow(a, "visits");
        List<Duration> added = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int round = i;
            long before = projections.head();
            events.publish(there.stream().<Object>map(visit -> round == 0
                    ? visit.scheduled(TODAY, "Stadshuset", "Erik Lind")
                    : visit.recorded(visit.visitId() + "-c" + round, ContributionKind.IDEA, Sector.BUSINESS,
                                     "Idé " + round, MORNING.plusSeconds(round))).toList());
            long storedByB = storedAfter(b, "visits", atB, before);
            added.add(Duration.ofNanos(atA.next() - storedByB));
            // the other of b's segments may store a moment later, and be announced again: not in the next round
            awaitStoredAtHead(b, "visits", atB);
            atA.awaitQuiet();
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
        instances.awaitShared();
        EventLog events = a.getBean(EventLog.class);
        events.publish(new VisitEvents("visit-2321", "2321").scheduled(TODAY, "Folkets hus", "Anna Berg"));
        instances.awaitCaughtUp();
        // b's segments are left unclaimed, and a keeps to its share while b lives: a token that moves now is one of a's
        processor(b, "visits").shutDown();
        awaitStoredAtHead(a, "visits");

        Announcements atA = Announcements.follow(a, "visits");
        int here = segments(a, "visits").iterator().next();
        events.publish(visitHandledBy(a, here).scheduled(TODAY, "Stadshuset", "Erik Lind"));

        atA.next();
        // a's announcement of its own batch comes with the commit; a second, from the shared tokens, would come
        // within a poll or two
        assertThat(atA.within(TOKEN_POLL.multipliedBy(20))).as("announced again").isNull();
    }

    /**
     * Until every claimed segment of the processor has stored its token at the newest event: from then on no token
     * moves but for a new event.
     */
    private static void awaitStoredAtHead(ConfigurableApplicationContext instance, String processor) {
        awaitStoredAtHead(instance, processor, segment -> segment.owner() != null);
    }

    /** Until the segments of the processor have stored their tokens at the newest event. */
    private static void awaitStoredAtHead(ConfigurableApplicationContext instance, String processor,
                                          List<Integer> segments) {
        awaitStoredAtHead(instance, processor, segment -> segments.contains(segment.segment()));
    }

    private static void awaitStoredAtHead(ConfigurableApplicationContext instance, String processor,
                                          Predicate<StoredSegment> which) {
        long head = instance.getBean(Projections.class).head();
        SharedTokens tokens = instance.getBean(SharedTokens.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tokens.read().get(processor))
                .filteredOn(which)
                .isNotEmpty()
                .allSatisfy(segment -> assertThat(segment.position()).isEqualTo(head)));
    }

    /**
     * The moment the first of the instance's segments stores a token past {@code position}, as the shared tokens
     * have it, which is what the other instances see.
     */
    private static long storedAfter(ConfigurableApplicationContext instance, String processor, List<Integer> segments,
                                    long position) throws InterruptedException {
        SharedTokens tokens = instance.getBean(SharedTokens.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tokens.read().get(processor).stream().noneMatch(
                segment -> segments.contains(segment.segment()) && segment.position() > position)) {
            assertThat(System.nanoTime()).as("stored by the instance").isLessThan(deadline);
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
         * shared tokens announces what it found moved.
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
            Announcements announcements = new Announcements(at);
            announcements.awaitQuiet();
            return announcements;
        }

        /** Until a few polls of the shared tokens have passed without an announcement; forgets those before. */
        void awaitQuiet() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (within(TOKEN_POLL.multipliedBy(3)) != null) {
                assertThat(System.nanoTime()).as("announcements still coming").isLessThan(deadline);
            }
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
