package se.nyskapa.query.municipality;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.municipality.MunicipalityView.Need;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.visit.VisitEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;

@ProjectionTest
class NeedPagingTests {

    private static final String KROKOM = "2309";
    private static final List<VisitEvents> VISITS =
            List.of(new VisitEvents("visit-krokom-1", KROKOM), new VisitEvents("visit-krokom-2", KROKOM));
    private static final int NEEDS = 120;
    private static final Set<Integer> RETRACTED = Set.of(5, 60, 118);
    private static final int AMENDED = 100;
    private static final Instant START = Instant.parse("2015-11-04T08:00:00Z");
    private static final Instant AMENDED_AT = START.plusSeconds(86_400);

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    QueryGateway queries;

    private final List<Need> liveNeedsNewestFirst = new ArrayList<>();

    @BeforeEach
    void publishNeedsAndIdeasOverTwoVisits() {
        List<VisitEvent> published = new ArrayList<>();
        VISITS.forEach(visit -> published.add(visit.scheduled(TODAY.minusDays(8), "Folkets hus", "Anna Berg")));
        for (int n = 1; n <= NEEDS; n++) {
            VisitEvents visit = VISITS.get(n % 2);
            Instant recordedAt = START.plusSeconds(60L * n);
            published.add(visit.recorded(needId(n), NEED, CITIZEN, "Behov " + n, recordedAt));
            if (n % 10 == 0) {
                published.add(visit.recorded("idea-" + n, IDEA, BUSINESS, "Idé " + n, recordedAt.plusSeconds(30)));
            }
            if (n == AMENDED) {
                liveNeedsNewestFirst.add(0, new Need(needId(n), visit.visitId(), "Behov " + n + ", omformulerat",
                                                     CITIZEN, recordedAt, AMENDED_AT));
            } else if (!RETRACTED.contains(n)) {
                liveNeedsNewestFirst.add(0, new Need(needId(n), visit.visitId(), "Behov " + n, CITIZEN, recordedAt,
                                                     null));
            }
        }
        RETRACTED.forEach(n -> published.add(
                VISITS.get(n % 2).retracted(needId(n), "Dubblett", START.plusSeconds(86_000))));
        published.add(VISITS.get(AMENDED % 2).amended(needId(AMENDED), "Behov " + AMENDED + ", omformulerat",
                                                      AMENDED_AT));
        events.publish(published);
    }

    @Test
    void needsComeInPagesOfFiftyNewestFirstWithoutRetractedOnes() {
        MunicipalityView.NeedPage first = needs(0);
        MunicipalityView.NeedPage second = needs(1);
        MunicipalityView.NeedPage third = needs(2);

        assertThat(first.items()).containsExactlyElementsOf(liveNeedsNewestFirst.subList(0, 50));
        assertThat(second.items()).containsExactlyElementsOf(liveNeedsNewestFirst.subList(50, 100));
        assertThat(third.items()).containsExactlyElementsOf(liveNeedsNewestFirst.subList(100, 117));
        assertThat(List.of(first, second, third)).allSatisfy(page -> {
            assertThat(page.pageSize()).isEqualTo(50);
            assertThat(page.totalNeeds()).isEqualTo(117);
            assertThat(page.totalPages()).isEqualTo(3);
        });
    }

    @Test
    void pagePastTheEndIsEmpty() {
        MunicipalityView.NeedPage pastTheEnd = needs(3);

        assertThat(pastTheEnd.page()).isEqualTo(3);
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.totalNeeds()).isEqualTo(117);
        assertThat(pastTheEnd.totalPages()).isEqualTo(3);
    }

    private MunicipalityView.NeedPage needs(int page) {
        projections.awaitCaughtUp();
        return queries.query(new FindMunicipality(KROKOM, page),
                             ResponseTypes.optionalInstanceOf(MunicipalityView.class))
                      .join()
                      .orElseThrow()
                      .needs();
    }

    private static String needId(int n) {
        return "need-" + n;
    }
}
