package se.nyskapa.command.tour;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.nyskapa.command.Fakes;
import se.nyskapa.tour.PlanTour;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.VisitScheduled;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static se.nyskapa.command.Rejections.rejectedAs;
import static se.nyskapa.rejection.Rejection.Reason.CONFLICT;
import static se.nyskapa.rejection.Rejection.Reason.INVALID;

class TourTest {

    private static final Instant NOW = Instant.parse("2015-10-20T08:00:00Z");
    private static final Instant EARLIER = Instant.parse("2015-10-19T15:45:00Z");
    private static final String TOUR_ID = "kalasturne-hosten-2015";
    private static final String NAME = "Kalasturné hösten 2015";
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 11, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2015, 11, 30);
    private static final TourPlanned PLANNED = new TourPlanned(TOUR_ID, NAME, FIRST_DAY, LAST_DAY, EARLIER);

    private FixtureConfiguration<Tour> fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fakes().fixture(Tour.class, NOW);
    }

    @Test
    void planTour_plansTheTourAtTheClocksTime() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, NAME, FIRST_DAY, LAST_DAY))
               .expectEvents(new TourPlanned(TOUR_ID, NAME, FIRST_DAY, LAST_DAY, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void planTour_acceptsATourOfOneDay() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, "Dialogdag i Krokom", FIRST_DAY, FIRST_DAY))
               .expectEvents(new TourPlanned(TOUR_ID, "Dialogdag i Krokom", FIRST_DAY, FIRST_DAY, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void planTour_acceptsATourEnding366DaysAfterItsFirstDay() {
        LocalDate lastDay = FIRST_DAY.plusDays(366);

        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, NAME, FIRST_DAY, lastDay))
               .expectEvents(new TourPlanned(TOUR_ID, NAME, FIRST_DAY, lastDay, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void planTour_changesNothing_whenRepeatedIdentically() {
        fixture.given(PLANNED)
               .when(new PlanTour(TOUR_ID, NAME, FIRST_DAY, LAST_DAY))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void planTour_isRefused_whenTheTourIsAlreadyPlannedWithOtherDates() {
        fixture.given(PLANNED)
               .when(new PlanTour(TOUR_ID, NAME, FIRST_DAY, LAST_DAY.plusDays(1)))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "tourId"));
    }

    @Test
    void planTour_isRefused_whenTheTourIsAlreadyPlannedWithAnotherName() {
        fixture.given(PLANNED)
               .when(new PlanTour(TOUR_ID, "Dialogrunda Jämtland", FIRST_DAY, LAST_DAY))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "tourId"));
    }

    /** Ids name one thing: Axon refuses to load another kind of stream, and the API answers that with a 409. */
    @Test
    void planTour_onAnIdHoldingAVisit_failsBeforeTheHandler_andStoresNothing() {
        fixture.given(new VisitScheduled(TOUR_ID, "2321", FIRST_DAY, "Holiday Club, Åre", List.of(), EARLIER))
               .when(new PlanTour(TOUR_ID, NAME, FIRST_DAY, LAST_DAY))
               .expectNoEvents()
               .expectException(IncompatibleAggregateException.class);
    }

    @Test
    void planTour_isRefused_withoutATourId() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(" ", NAME, FIRST_DAY, LAST_DAY))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "tourId"));
    }

    @Test
    void planTour_isRefused_forATourIdOfMoreThan64Characters() {
        String tourId = "t".repeat(65);

        fixture.givenNoPriorActivity()
               .when(new PlanTour(tourId, NAME, FIRST_DAY, LAST_DAY))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "tourId"));
    }

    @Test
    void planTour_isRefused_forABlankName() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, "  ", FIRST_DAY, LAST_DAY))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "name"));
    }

    @Test
    void planTour_isRefused_forANameOfMoreThan200Characters() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, "å".repeat(201), FIRST_DAY, LAST_DAY))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "name"));
    }

    @Test
    void planTour_isRefused_withoutAFirstDay() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, NAME, null, LAST_DAY))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "startDate"));
    }

    @Test
    void planTour_isRefused_withoutALastDay() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, NAME, FIRST_DAY, null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "endDate"));
    }

    @Test
    void planTour_isRefused_whenTheLastDayComesBeforeTheFirst() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, NAME, LAST_DAY, FIRST_DAY))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "endDate"));
    }

    /** Before the limit on dates, the check of its length overflowed: a 500. */
    @Test
    void planTour_isRefused_forDaysAfter2100() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, NAME, LocalDate.MAX.minusDays(1), LocalDate.MAX))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "startDate"));
    }

    @Test
    void planTour_isRefused_forALastDayAfter2100() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, NAME, LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "endDate"));
    }

    @Test
    void planTour_isRefused_forATourEndingMoreThan366DaysAfterItsFirstDay() {
        fixture.givenNoPriorActivity()
               .when(new PlanTour(TOUR_ID, NAME, FIRST_DAY, FIRST_DAY.plusDays(367)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "endDate"));
    }
}
