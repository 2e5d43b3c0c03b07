package se.nyskapa.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.query.Deliveries;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.web.ConflictException;
import se.nyskapa.query.web.NotFoundException;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;

@ProjectionTest
class ProjectionRebuildsTests {

    private static final Instant MORNING = Instant.parse("2015-11-12T08:00:00Z");

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    ProjectionVersions versions;
    @Autowired
    Deliveries deliveries;
    @Autowired
    DocumentStore documents;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void everyProjectionIsListedAtTheHeadOfTheEvents() {
        publishThreeVisits(50);
        projections.awaitCaughtUp();

        assertThat(rebuilds.status()).extracting(ProjectionStatus::name).containsExactly(
                "feedback", "history", "municipalities", "programmes", "proposals", "search", "themes", "tours",
                "visits");
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(rebuilds.status()).allSatisfy(status -> {
            assertThat(status.state()).isEqualTo(ProjectionStatus.State.RUNNING);
            assertThat(status.position()).isEqualTo(projections.head());
            assertThat(status.progress()).isEqualTo(1.0);
            assertThat(status.segments()).isEqualTo(4);
        }));
    }

    @Test
    void aRebuildWhileTheProjectionIsRebuilding_isRefused_andTheRebuildEndsEqualToBefore() {
        publishThreeVisits(1_000);
        projections.awaitCaughtUp();
        var before = projections.documents("municipalities");

        assertThat(rebuilds.rebuild("municipalities").state()).isEqualTo(ProjectionStatus.State.REBUILDING);
        assertThatThrownBy(() -> rebuilds.rebuild("municipalities")).isInstanceOf(ConflictException.class)
                                                                     .hasMessageContaining("rebuilt already");

        await().until(() -> rebuilds.status("municipalities").state() == ProjectionStatus.State.RUNNING);
        assertThat(rebuilds.status("municipalities").progress()).isEqualTo(1.0);
        assertThat(projections.documents("municipalities")).isEqualTo(before);
    }

    @Test
    void aProjectionBuiltByAnotherVersion_isRebuiltAsItStarts_andTheOthersAreLeftAsTheyAre() {
        publishThreeVisits(50);
        projections.awaitCaughtUp();
        var themes = projections.documents("themes");
        long themeEvents = deliveries.of("themes");
        long visitEvents = deliveries.of("visits");

        projections.processor("themes").shutDown();
        documents.saveAll(ProjectionVersion.class, List.of(new ProjectionVersion("themes", 0)));
        versions.rebuildChanged(processing);
        assertThat(rebuilds.status("themes").state()).isEqualTo(ProjectionStatus.State.REBUILDING);
        projections.processor("themes").start();

        await().until(() -> rebuilds.status("themes").state() == ProjectionStatus.State.RUNNING);
        assertThat(projections.documents("themes")).isEqualTo(themes);
        assertThat(deliveries.of("themes")).isGreaterThanOrEqualTo(2 * themeEvents);
        assertThat(deliveries.of("visits")).isEqualTo(visitEvents);
        assertThat(documents.findById("themes", ProjectionVersion.class)).get()
                .extracting(stored -> stored.version).isEqualTo(2);
    }

    @Test
    void anUnknownProjection_isNotFound() {
        assertThatThrownBy(() -> rebuilds.rebuild("everything")).isInstanceOf(NotFoundException.class)
                                                                 .hasMessageContaining("no projection called");
    }

    private void publishThreeVisits(int contributionsEach) {
        List<Object> published = new ArrayList<>();
        for (String code : List.of("2321", "2380", "2309")) {
            VisitEvents visit = new VisitEvents("visit-" + code, code);
            published.add(visit.scheduled(TODAY.minusDays(3), "Kommunhuset", "Anna Berg"));
            for (int i = 0; i < contributionsEach; i++) {
                published.add(visit.recorded(visit.visitId() + "-c" + i, ContributionKind.NEED, Sector.CITIZEN,
                                             "Behov nummer " + i, MORNING.plusSeconds(i)));
            }
        }
        events.publish(published);
    }
}
