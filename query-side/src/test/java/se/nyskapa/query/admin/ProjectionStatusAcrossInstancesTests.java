package se.nyskapa.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.Projections;
import se.nyskapa.query.QuerySideInstances;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.query.QuerySideInstances.processor;
import static se.nyskapa.query.QuerySideInstances.reached;

/**
 * Where each projection stands when two query-side instances share its segments, as the balancer splits them, as
 * either of them tells it.
 */
class ProjectionStatusAcrossInstancesTests {

    private static final Instant MORNING = Instant.parse("2015-11-12T08:00:00Z");
    /** Generous: a CI machine may be busy with other builds. */
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    private final QuerySideInstances instances = new QuerySideInstances();

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void eitherInstance_tellsEachProjectionsPositionInBoth_andWhereItsSegmentsAre() {
        ConfigurableApplicationContext a = instances.start();
        EventLog events = a.getBean(EventLog.class);
        Projections projections = a.getBean(Projections.class);
        publishVisits(events, "first", 50, "2321", "2380", "2309");
        projections.awaitCaughtUp();
        // b joins: the balancer has a let go of half the segments of every shared processor, where a stored them, and
        // b claims them
        ConfigurableApplicationContext b = instances.start();
        instances.awaitShared();
        publishVisits(events, "second", 50, "2303", "2305", "2313", "2326", "2361");
        long head = projections.head();

        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            ProjectionRebuilds rebuilds = instance.getBean(ProjectionRebuilds.class);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(rebuilds.status()).allSatisfy(
                    status -> assertThat(status.position()).as(status.name()).isEqualTo(head)));
            assertThat(rebuilds.status()).allSatisfy(status -> {
                assertThat(status.state()).isEqualTo(ProjectionStatus.State.RUNNING);
                assertThat(status.segments()).isEqualTo(4);
                if (status.name().equals("search")) {
                    // each instance keeps a search index of its own
                    assertThat(segmentsHeld(status)).as("search").containsExactly(4, 0, 0);
                } else {
                    assertThat(segmentsHeld(status)).as(status.name()).containsExactly(2, 2, 0);
                }
            });
        }

        // b stops: its segments are left where it stored them, unclaimed, and a keeps off them for now
        b.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
        publishVisits(events, "third", 20, "2321", "2380");
        long later = projections.head();
        await().atMost(PATIENCE).until(() -> QuerySideInstances.sharedProcessors(a).stream().allMatch(
                name -> reached(a, name, later)) && reached(a, "search", later));

        assertThat(a.getBean(ProjectionRebuilds.class).status()).allSatisfy(status -> {
            assertThat(status.state()).as(status.name()).isEqualTo(ProjectionStatus.State.RUNNING);
            if (status.name().equals("search")) {
                assertThat(status.position()).isEqualTo(later);
                assertThat(segmentsHeld(status)).containsExactly(4, 0, 0);
            } else {
                assertThat(status.position()).as(status.name() + ", as far as b got").isLessThanOrEqualTo(head);
                assertThat(segmentsHeld(status)).as(status.name()).containsExactly(2, 0, 2);
            }
        });
        assertThat(b.getBean(ProjectionRebuilds.class).status()).allSatisfy(status -> {
            if (status.name().equals("search")) {
                assertThat(status.state()).as("b's own search index").isEqualTo(ProjectionStatus.State.STOPPED);
                assertThat(status.segments()).isZero();
            } else {
                assertThat(status.state()).as(status.name() + ", worked on by a").isEqualTo(
                        ProjectionStatus.State.RUNNING);
                assertThat(status.position()).as(status.name()).isLessThanOrEqualTo(head);
                assertThat(segmentsHeld(status)).as(status.name()).containsExactly(0, 2, 2);
            }
        });
    }

    @Test
    void aRebuildUnderWayInAnotherInstance_showsAsRebuilding_untilItHasCaughtUp() throws InterruptedException {
        ConfigurableApplicationContext a = instances.start();
        ConfigurableApplicationContext b = instances.start();
        instances.awaitShared();
        EventLog events = a.getBean(EventLog.class);
        Projections projections = a.getBean(Projections.class);
        publishVisits(events, "first", 100, "2321", "2380", "2309");
        instances.awaitCaughtUp();
        ProjectionRebuilds atB = b.getBean(ProjectionRebuilds.class);
        assertThat(atB.status("municipalities").state()).isEqualTo(ProjectionStatus.State.RUNNING);

        // b leaves the segments to a, which claims them all, and a resets them as a rebuild asked of it does
        QuerySideInstances.leave(b);
        projections.awaitCaughtUp();
        StreamingEventProcessor atA = processor(a, "municipalities");
        atA.shutDown();
        atA.resetTokens();
        ProjectionStatus rebuilding = atB.status("municipalities");
        assertThat(rebuilding.state()).isEqualTo(ProjectionStatus.State.REBUILDING);
        assertThat(rebuilding.progress()).isLessThan(1.0);
        atA.start();

        await().atMost(PATIENCE).untilAsserted(() -> {
            ProjectionStatus rebuilt = atB.status("municipalities");
            assertThat(rebuilt.state()).isEqualTo(ProjectionStatus.State.RUNNING);
            assertThat(rebuilt.position()).isEqualTo(projections.head());
            assertThat(rebuilt.progress()).isEqualTo(1.0);
        });
    }

    /** Held here, claimed elsewhere, unclaimed. */
    private static List<Integer> segmentsHeld(ProjectionStatus status) {
        return List.of(status.segmentsHere(), status.segmentsElsewhere(), status.segmentsUnclaimed());
    }

    private static void publishVisits(EventLog events, String round, int contributionsEach, String... kommuner) {
        List<Object> published = new ArrayList<>();
        for (String code : kommuner) {
            VisitEvents visit = new VisitEvents(round + "-visit-" + code, code);
            published.add(visit.scheduled(TODAY.minusDays(3), "Kommunhuset", "Anna Berg"));
            for (int i = 0; i < contributionsEach; i++) {
                published.add(visit.recorded(visit.visitId() + "-c" + i, ContributionKind.NEED, Sector.CITIZEN,
                                             "Behov nummer " + i, MORNING.plusSeconds(i)));
            }
        }
        events.publish(published);
    }
}
