package se.nyskapa.query.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.query.admin.ProjectionRebuilds;
import se.nyskapa.query.web.ConflictException;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;

/** A projection another query-side instance holds for its reset, as this instance sees it. */
@ProjectionTest
class SegmentHoldsTests {

    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @Autowired
    EventLog events;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    Projections projections;
    @Autowired
    MongoTemplate mongo;

    @Test
    void whileAnotherInstanceHoldsAProjection_thisOneLetsGoOfItsSegments_andARebuildHereIsRefused() {
        publishAVisit();
        SegmentHolds other = holdsOf("other-instance");
        assertThat(other.take("visits", PATIENCE)).isEmpty();

        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(projections.processor("visits").processingStatus()).isEmpty());
        assertThat(projections.processor("municipalities").processingStatus()).hasSize(4);
        assertThatThrownBy(() -> rebuilds.rebuild("visits"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"))
                .hasMessageContaining("other-instance");

        other.release("visits");
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(projections.processor("visits").processingStatus()).hasSize(4));
        rebuilds.rebuild("visits");
        projections.awaitCaughtUp();
    }

    @Test
    void theHoldOfAnInstanceThatDiedMidResetLapses() throws InterruptedException {
        publishAVisit();
        assertThat(holdsOf("died-mid-reset").take("visits", Duration.ofMillis(1))).isEmpty();
        Thread.sleep(10);

        rebuilds.rebuild("visits");
        projections.awaitCaughtUp();
        assertThat(holdsOf("another").take("visits", PATIENCE)).as("the hold lifted after the reset").isEmpty();
    }

    private void publishAVisit() {
        VisitEvents visit = new VisitEvents("visit-2380", "2380");
        events.publish(visit.scheduled(TODAY, "Rådhuset", "Anna Berg"),
                       visit.recorded("c-1", ContributionKind.IDEA, Sector.CITIZEN, "Ett inspel",
                                      Instant.parse("2015-11-12T09:00:00Z")));
        projections.awaitCaughtUp();
    }

    private SegmentHolds holdsOf(String instance) {
        return new SegmentHolds(mongo.getCollection(SegmentHolds.COLLECTION), new QueryInstance(instance));
    }
}
