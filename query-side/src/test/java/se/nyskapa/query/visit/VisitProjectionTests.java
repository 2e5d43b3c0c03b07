package se.nyskapa.query.visit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.proposal.Stance;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.FindVisit;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitSummary;
import se.nyskapa.visit.VisitView;
import se.nyskapa.visit.VisitView.ContributionView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.FEEDBACK;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;
import static se.nyskapa.visit.Sector.MUNICIPAL_STAFF;
import static se.nyskapa.visit.VisitStatus.CONCLUDED;
import static se.nyskapa.visit.VisitStatus.HELD;
import static se.nyskapa.visit.VisitStatus.PLANNED;

@ProjectionTest
class VisitProjectionTests {

    private static final VisitEvents ARE = new VisitEvents("visit-are", "2321");
    private static final Instant MORNING = Instant.parse("2015-11-05T09:30:00Z");
    private static final Instant AFTERNOON = Instant.parse("2015-11-05T14:10:00Z");
    private static final VisitSummary SUMMARY = new VisitSummary(
            "Halvdagsdialog med idéverkstad", "Tolv nya behov", "Fler företag behöver bjudas in",
            "Samla besöksnäringen", "En kontaktperson i kommunen", "Återkoppling i januari", "Lokal förankring");

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    QueryGateway queries;

    @Test
    void scheduledVisitShowsItsKommunAndHostsAndIsPlannedBeforeItsDate() {
        events.publish(ARE.scheduled(TODAY.plusDays(8), "Holiday Club", "Anna Berg", "Erik Lund"));

        VisitView visit = visit();

        assertThat(visit.municipalityCode()).isEqualTo("2321");
        assertThat(visit.municipalityName()).isEqualTo("Åre");
        assertThat(visit.date()).isEqualTo(TODAY.plusDays(8));
        assertThat(visit.venue()).isEqualTo("Holiday Club");
        assertThat(visit.hosts()).containsExactly("Anna Berg", "Erik Lund");
        assertThat(visit.status()).isEqualTo(PLANNED);
        assertThat(visit.contributions()).isEmpty();
        assertThat(visit.concludedAt()).isNull();
    }

    @Test
    void visitIsHeldOnceItsDateHasPassed() {
        events.publish(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"));

        assertThat(visit().status()).isEqualTo(HELD);
    }

    @Test
    void visitIsHeldOnceAContributionIsRecordedEvenBeforeItsDate() {
        events.publish(ARE.scheduled(TODAY.plusDays(8), "Holiday Club", "Anna Berg"),
                       ARE.recorded("c-1", IDEA, CITIZEN, "Samåkning till jobbet", MORNING));

        assertThat(visit().status()).isEqualTo(HELD);
    }

    @Test
    void concludedVisitShowsItsSummaryUntilReopened() {
        events.publish(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                       ARE.recorded("c-1", NEED, CITIZEN, "Bredband i byarna", MORNING),
                       ARE.concluded(SUMMARY, AFTERNOON));

        VisitView concluded = visit();
        assertThat(concluded.status()).isEqualTo(CONCLUDED);
        assertThat(concluded.summary()).isEqualTo(SUMMARY);
        assertThat(concluded.concludedAt()).isEqualTo(AFTERNOON);

        events.publish(ARE.reopened(AFTERNOON.plusSeconds(600)));

        VisitView reopened = visit();
        assertThat(reopened.status()).isEqualTo(HELD);
        assertThat(reopened.concludedAt()).isNull();
    }

    @Test
    void amendedContributionShowsTheNewTextAndWhenItWasAmended() {
        events.publish(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                       ARE.recorded("c-1", NEED, CITIZEN, "Bredband i byanra", MORNING),
                       ARE.amended("c-1", "Bredband i byarna", AFTERNOON));

        assertThat(visit().contributions()).containsExactly(
                new ContributionView("c-1", NEED, "Bredband i byarna", CITIZEN, List.of(), null, MORNING, AFTERNOON, null,
                                     null, null, null, false));
    }

    @Test
    void retractedContributionStaysListedWithWhenAndWhy() {
        events.publish(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                       ARE.recorded("c-1", NEED, CITIZEN, "Bredband i byarna", MORNING),
                       ARE.recorded("c-2", IDEA, BUSINESS, "Bredband i byarna", MORNING.plusSeconds(60)),
                       ARE.retracted("c-2", "Dubblett av c-1", AFTERNOON));

        assertThat(visit().contributions()).containsExactly(
                new ContributionView("c-1", NEED, "Bredband i byarna", CITIZEN, List.of(), null, MORNING, null, null,
                                     null, null, null, false),
                new ContributionView("c-2", IDEA, "Bredband i byarna", BUSINESS, List.of(), null,
                                     MORNING.plusSeconds(60), null, AFTERNOON, "Dubblett av c-1", null, null, false));
    }

    @Test
    void aContributionShowsItsThemesAndTheProposalItGivesFeedbackOn_andTheVisitItsTour() {
        events.publish(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                       new VisitJoinedTour(ARE.visitId(), ARE.municipalityCode(), "kalas-2015", TODAY.minusDays(7),
                                           "Holiday Club", MORNING),
                       new ContributionRecorded(ARE.visitId(), ARE.municipalityCode(), "c-1", FEEDBACK,
                                                "Vi vill vara testkommun", CITIZEN, MORNING,
                                                new ProposalFeedback("p-idesluss", Stance.SUPPORT)),
                       new ContributionTagged(ARE.visitId(), ARE.municipalityCode(), "c-1",
                                              List.of("ideslussar", "dialogplattform"), AFTERNOON));

        VisitView visit = visit();
        assertThat(visit.tourId()).isEqualTo("kalas-2015");
        assertThat(visit.contributions()).containsExactly(
                new ContributionView("c-1", FEEDBACK, "Vi vill vara testkommun", CITIZEN,
                                     List.of("ideslussar", "dialogplattform"),
                                     new ProposalFeedback("p-idesluss", Stance.SUPPORT), MORNING, null, null, null,
                                     null, null, false));
    }

    @Test
    void aContributionShowsWhenTheDeviceLoggedItBesideWhenTheServerTookIt() {
        Instant onTheDevice = MORNING.minusSeconds(3_600);
        events.publish(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                       new ContributionRecorded(ARE.visitId(), ARE.municipalityCode(), "c-1", IDEA,
                                                "Loggat utan nät", CITIZEN, MORNING, null, onTheDevice),
                       ARE.recorded("c-2", NEED, CITIZEN, "Från ett skript", AFTERNOON));

        assertThat(visit().contributions()).extracting(ContributionView::recordedAt, ContributionView::loggedAt)
                                           .containsExactly(tuple(MORNING, onTheDevice), tuple(AFTERNOON, null));
    }

    @Test
    void newerAttendanceReplacesTheEarlier() {
        events.publish(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                       ARE.attendance(Map.of(CITIZEN, 12, BUSINESS, 4), MORNING),
                       ARE.attendance(Map.of(CITIZEN, 14, MUNICIPAL_STAFF, 3), AFTERNOON));

        assertThat(visit().attendance()).isEqualTo(Map.<Sector, Integer>of(CITIZEN, 14, MUNICIPAL_STAFF, 3));
    }

    private VisitView visit() {
        projections.awaitCaughtUp();
        return queries.query(new FindVisit(ARE.visitId()), ResponseTypes.optionalInstanceOf(VisitView.class))
                      .join()
                      .orElseThrow();
    }
}
