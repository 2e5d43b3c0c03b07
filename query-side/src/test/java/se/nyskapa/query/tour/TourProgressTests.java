package se.nyskapa.query.tour;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.nyskapa.query.Deliveries;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.tour.FindTourProgress;
import se.nyskapa.tour.ListTours;
import se.nyskapa.tour.TourList;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.tour.TourProgressView;
import se.nyskapa.tour.TourProgressView.Counts;
import se.nyskapa.tour.TourProgressView.MunicipalityProgress;
import se.nyskapa.tour.TourProgressView.Visit;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.ContributionKind.OPPORTUNITY;
import static se.nyskapa.visit.ContributionKind.RESOURCE;
import static se.nyskapa.visit.Sector.ACADEMIA;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;
import static se.nyskapa.visit.Sector.ELECTED_OFFICIAL;
import static se.nyskapa.visit.Sector.MUNICIPAL_STAFF;
import static se.nyskapa.visit.VisitStatus.CONCLUDED;
import static se.nyskapa.visit.VisitStatus.HELD;
import static se.nyskapa.visit.VisitStatus.PLANNED;

@ProjectionTest
class TourProgressTests {

    private static final String KALAS = "kalasturne-2015";
    private static final String HOST = "hostdialog-2015";
    private static final VisitEvents ARE = new VisitEvents("besok-are-kalas", "2321");
    private static final VisitEvents JARPEN = new VisitEvents("besok-are-jarpen", "2321");
    private static final VisitEvents OSTERSUND = new VisitEvents("besok-ostersund-kalas", "2380");
    private static final VisitEvents KROKOM = new VisitEvents("besok-krokom-kalas", "2309");
    private static final VisitEvents BERG = new VisitEvents("besok-berg-utanfor", "2326");
    private static final LocalDate ARE_DATE = TODAY.minusDays(7);
    private static final LocalDate OSTERSUND_DATE = TODAY.minusDays(2);
    private static final LocalDate JARPEN_DATE = TODAY.plusDays(3);
    private static final LocalDate KROKOM_DATE = TODAY.plusDays(6);
    private static final Instant PLANNED_AT = Instant.parse("2015-09-15T08:00:00Z");
    private static final Instant AT = Instant.parse("2015-11-05T09:00:00Z");
    private static final VisitSummary SUMMARY = new VisitSummary(
            "Halvdagsdialog med idéverkstad", "Många nya kontakter", "Bjud in tidigare", "Följ upp behoven",
            "Tid och lokaler", "Skicka ut summeringen", "Lyhördhet");
    private static final List<String> REGION_ORDER =
            List.of("2303", "2305", "2309", "2313", "2321", "2326", "2361", "2380");

    @Autowired
    Projections projections;
    @Autowired
    Deliveries deliveries;
    @Autowired
    QueryGateway queries;
    @Autowired
    TourProjection projection;
    @Autowired
    WebApplicationContext web;
    @Autowired
    TokenStore tokenStore;

    @Autowired
    EventLog events;


    @Test
    void progressCountsEveryKommunOfTheRegionAndEachVisitWithItsStatusAndLiveContributions() {
        publishKalasturne();

        TourProgressView kalas = progress(KALAS).orElseThrow();

        assertThat(kalas.tourId()).isEqualTo(KALAS);
        assertThat(kalas.name()).isEqualTo("Kalasturné 2015");
        assertThat(kalas.startDate()).isEqualTo(LocalDate.of(2015, 11, 2));
        assertThat(kalas.endDate()).isEqualTo(LocalDate.of(2015, 11, 20));
        assertThat(kalas.total()).isEqualTo(new Counts(1, 1, 1));
        assertThat(kalas.municipalities()).containsExactly(
                nothing("2303", "Ragunda"),
                nothing("2305", "Bräcke"),
                new MunicipalityProgress("2309", "Krokom", new Counts(1, 0, 0), List.of(
                        new Visit(KROKOM.visitId(), KROKOM_DATE, "Krokomsporten", PLANNED, 0))),
                nothing("2313", "Strömsund"),
                new MunicipalityProgress("2321", "Åre", new Counts(0, 1, 0), List.of(
                        new Visit(ARE.visitId(), ARE_DATE, "Holiday Club", HELD, 3))),
                nothing("2326", "Berg"),
                nothing("2361", "Härjedalen"),
                new MunicipalityProgress("2380", "Östersund", new Counts(0, 0, 1), List.of(
                        new Visit(OSTERSUND.visitId(), OSTERSUND_DATE, "Storsjöteatern", CONCLUDED, 2))));

        TourProgressView host = progress(HOST).orElseThrow();
        assertThat(host.name()).isEqualTo("Höstens dialogrunda");
        assertThat(host.total()).isEqualTo(new Counts(1, 0, 0));
        assertThat(host.municipalities()).extracting(MunicipalityProgress::code)
                                         .containsExactlyElementsOf(REGION_ORDER);
        assertThat(host.municipalities()).filteredOn(m -> !m.visits().isEmpty()).containsExactly(
                new MunicipalityProgress("2321", "Åre", new Counts(1, 0, 0), List.of(
                        new Visit(JARPEN.visitId(), JARPEN_DATE, "Järpens bygdegård", PLANNED, 0))));

        assertThat(tours().tours()).containsExactly(
                new TourList.Entry(HOST, "Höstens dialogrunda", LocalDate.of(2015, 10, 1),
                                   LocalDate.of(2015, 12, 15), 1),
                new TourList.Entry(KALAS, "Kalasturné 2015", LocalDate.of(2015, 11, 2),
                                   LocalDate.of(2015, 11, 20), 3));
    }

    @Test
    void aVisitJoiningLateBringsItsContributionsAlong() {
        events.publish(kalasturne(),
                       ARE.scheduled(ARE_DATE, "Holiday Club", "Anna Berg"),
                       ARE.recorded("c-are-1", NEED, CITIZEN, "Bredband i byarna", AT),
                       ARE.recorded("c-are-2", IDEA, BUSINESS, "Samåkning till jobbet", AT.plusSeconds(60)),
                       ARE.recorded("c-are-3", OPPORTUNITY, MUNICIPAL_STAFF, "Tomma lokaler", AT.plusSeconds(120)),
                       ARE.retracted("c-are-3", "Dubblett av c-1", AT.plusSeconds(180)));

        assertThat(visitsIn(progress(KALAS).orElseThrow())).isEmpty();
        assertThat(tours().tours()).extracting(TourList.Entry::visitCount).containsExactly(0);

        events.publish(joined(ARE.scheduled(ARE_DATE, "Holiday Club"), KALAS, AT.plusSeconds(240)));

        TourProgressView kalas = progress(KALAS).orElseThrow();
        assertThat(visitsIn(kalas)).containsExactly(new Visit(ARE.visitId(), ARE_DATE, "Holiday Club", HELD, 2));
        assertThat(kalas.total()).isEqualTo(new Counts(0, 1, 0));
        assertThat(tours().tours()).extracting(TourList.Entry::visitCount).containsExactly(1);

        events.publish(ARE.recorded("c-are-4", RESOURCE, ELECTED_OFFICIAL, "Kommunens mötesrum", AT.plusSeconds(300)));

        assertThat(visitsIn(progress(KALAS).orElseThrow()))
                .containsExactly(new Visit(ARE.visitId(), ARE_DATE, "Holiday Club", HELD, 3));
    }

    @Test
    void aVisitMovingToAnotherTourLeavesTheFirstAndTakesItsCountsAlong() {
        VisitScheduled jarpen = JARPEN.scheduled(JARPEN_DATE, "Järpens bygdegård", "Erik Lund");
        events.publish(kalasturne(), hostdialog(), jarpen, joined(jarpen, KALAS, AT));

        assertThat(visitsIn(progress(KALAS).orElseThrow()))
                .containsExactly(new Visit(JARPEN.visitId(), JARPEN_DATE, "Järpens bygdegård", PLANNED, 0));
        assertThat(visitsIn(progress(HOST).orElseThrow())).isEmpty();

        events.publish(JARPEN.recorded("c-jarpen-1", IDEA, CITIZEN, "Skidbuss från byarna", AT.plusSeconds(60)),
                       joined(jarpen, HOST, AT.plusSeconds(120)),
                       JARPEN.recorded("c-jarpen-2", NEED, BUSINESS, "Boende för säsongsanställda",
                                       AT.plusSeconds(180)));

        TourProgressView kalas = progress(KALAS).orElseThrow();
        TourProgressView host = progress(HOST).orElseThrow();
        assertThat(visitsIn(kalas)).isEmpty();
        assertThat(kalas.total()).isEqualTo(new Counts(0, 0, 0));
        assertThat(visitsIn(host))
                .containsExactly(new Visit(JARPEN.visitId(), JARPEN_DATE, "Järpens bygdegård", HELD, 2));
        assertThat(host.total()).isEqualTo(new Counts(0, 1, 0));
        assertThat(tours().tours()).extracting(TourList.Entry::tourId, TourList.Entry::visitCount)
                                   .containsExactly(tuple(HOST, 1),
                                                    tuple(KALAS, 0));
    }

    @Test
    void aConcludedVisitCountsAsConcludedUntilReopened() {
        VisitScheduled ostersund = OSTERSUND.scheduled(OSTERSUND_DATE, "Storsjöteatern", "Erik Lund");
        VisitScheduled krokom = KROKOM.scheduled(KROKOM_DATE, "Krokomsporten", "Anna Berg");
        events.publish(kalasturne(), ostersund, joined(ostersund, KALAS, AT), krokom, joined(krokom, KALAS, AT),
                       OSTERSUND.concluded(SUMMARY, AT.plusSeconds(60)),
                       KROKOM.concluded(SUMMARY, AT.plusSeconds(120)));

        TourProgressView concluded = progress(KALAS).orElseThrow();
        assertThat(visitsIn(concluded)).extracting(Visit::visitId, Visit::status).containsExactly(
                tuple(KROKOM.visitId(), CONCLUDED),
                tuple(OSTERSUND.visitId(), CONCLUDED));
        assertThat(concluded.total()).isEqualTo(new Counts(0, 0, 2));

        events.publish(OSTERSUND.reopened(AT.plusSeconds(180)), KROKOM.reopened(AT.plusSeconds(240)));

        TourProgressView reopened = progress(KALAS).orElseThrow();
        assertThat(visitsIn(reopened)).extracting(Visit::visitId, Visit::status).containsExactly(
                tuple(KROKOM.visitId(), PLANNED),
                tuple(OSTERSUND.visitId(), HELD));
        assertThat(reopened.total()).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void aTourWithoutVisitsListsEveryKommunAndAnUnknownTourIsNotFound() {
        events.publish(kalasturne());

        TourProgressView kalas = progress(KALAS).orElseThrow();
        assertThat(kalas.total()).isEqualTo(new Counts(0, 0, 0));
        assertThat(kalas.municipalities()).hasSize(8).allSatisfy(m -> {
            assertThat(m.counts()).isEqualTo(new Counts(0, 0, 0));
            assertThat(m.visits()).isEmpty();
        });
        assertThat(progress("okand-turne")).isEmpty();
    }

    @Test
    void idsWithDotsAndDollarsAreTakenAsTheyAre() {
        VisitEvents dotted = new VisitEvents("besok.are.2015-11-05", "2321");
        VisitScheduled scheduled = dotted.scheduled(ARE_DATE, "Holiday Club", "Anna Berg");
        events.publish(new TourPlanned("$kalas.2015", "Kalasturné 2015", LocalDate.of(2015, 11, 2),
                                       LocalDate.of(2015, 11, 20), PLANNED_AT),
                       scheduled, joined(scheduled, "$kalas.2015", AT),
                       dotted.recorded("c.are.1", NEED, CITIZEN, "Bredband i byarna", AT.plusSeconds(60)));
        awaitThisProjection();

        TourProgressView kalas = queries.query(new FindTourProgress("$kalas.2015"),
                                               ResponseTypes.optionalInstanceOf(TourProgressView.class))
                                        .join().orElseThrow();
        assertThat(visitsIn(kalas)).containsExactly(
                new Visit("besok.are.2015-11-05", ARE_DATE, "Holiday Club", HELD, 1));
    }

    @Test
    void redeliveredEventsChangeNoDocument() {
        publishKalasturne();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        TourProgressView before = progress(KALAS).orElseThrow();

        for (long rewoundTo : List.of(projections.head() / 2, 0L)) {
            long deliveredBefore = deliveries.of(TourProjection.PROCESSING_GROUP);
            projections.redeliverAfter(TourProjection.PROCESSING_GROUP, rewoundTo);

            assertThat(deliveries.of(TourProjection.PROCESSING_GROUP))
                    .isGreaterThanOrEqualTo(deliveredBefore + projections.head() - rewoundTo);
            assertThat(documents()).isEqualTo(incrementallyBuilt);
        }
        assertThat(progress(KALAS)).contains(before);
    }

    @Test
    void aRebuildFromScratchEqualsTheIncrementallyBuiltProjection() {
        publishKalasturne();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        assertThat(incrementallyBuilt).allSatisfy((collection, documents) -> assertThat(documents).isNotEmpty());

        projections.rebuild(TourProjection.PROCESSING_GROUP);

        assertThat(documents()).isEqualTo(incrementallyBuilt);
    }

    @Test
    void restApiAnswersTheListAndATourAndNotFoundAsProblemJson() throws Exception {
        publishKalasturne();
        projections.awaitCaughtUp();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).build();

        mvc.perform(get("/api/tours"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.tours[0].tourId").value(HOST))
           .andExpect(jsonPath("$.tours[1].tourId").value(KALAS))
           .andExpect(jsonPath("$.tours[1].visitCount").value(3));
        mvc.perform(get("/api/tours/{tourId}", KALAS))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.name").value("Kalasturné 2015"))
           .andExpect(jsonPath("$.startDate").value("2015-11-02"))
           .andExpect(jsonPath("$.total.concluded").value(1))
           .andExpect(jsonPath("$.municipalities.length()").value(8))
           .andExpect(jsonPath("$.municipalities[4].name").value("Åre"))
           .andExpect(jsonPath("$.municipalities[4].visits[0].status").value("HELD"))
           .andExpect(jsonPath("$.municipalities[4].visits[0].contributionCount").value(3));
        mvc.perform(get("/api/tours/{tourId}", "okand-turne"))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
           .andExpect(jsonPath("$.errors[0].field").value("tourId"));
    }

    /**
     * Two overlapping tours; Åre's visit joins the kalasturné after its first contributions were recorded,
     * Östersund's is concluded, Krokom's is ahead, the visit to Järpen moves from the kalasturné to the autumn
     * round, Åre's visit is concluded and reopened, and Berg's visit is in no tour.
     */
    private void publishKalasturne() {
        VisitScheduled are = ARE.scheduled(ARE_DATE, "Holiday Club", "Anna Berg");
        VisitScheduled ostersund = OSTERSUND.scheduled(OSTERSUND_DATE, "Storsjöteatern", "Erik Lund");
        VisitScheduled krokom = KROKOM.scheduled(KROKOM_DATE, "Krokomsporten", "Anna Berg");
        VisitScheduled jarpen = JARPEN.scheduled(JARPEN_DATE, "Järpens bygdegård", "Erik Lund");
        events.publish(
                kalasturne(),
                hostdialog(),
                are,
                ARE.recorded("c-are-1", NEED, CITIZEN, "Bredband i byarna", AT),
                ARE.recorded("c-are-2", IDEA, BUSINESS, "Samåkning till jobbet", AT.plusSeconds(60)),
                ARE.recorded("c-are-3", OPPORTUNITY, MUNICIPAL_STAFF, "Tomma lokaler i Järpen", AT.plusSeconds(120)),
                ARE.retracted("c-are-3", "Dubblett", AT.plusSeconds(180)),
                joined(are, KALAS, AT.plusSeconds(240)),
                ostersund,
                joined(ostersund, KALAS, AT.plusSeconds(300)),
                OSTERSUND.recorded("c-osd-1", NEED, ACADEMIA, "Kompetensförsörjning i vården", AT.plusSeconds(360)),
                OSTERSUND.recorded("c-osd-2", IDEA, CITIZEN, "Lånecyklar vid resecentrum", AT.plusSeconds(420)),
                OSTERSUND.concluded(SUMMARY, AT.plusSeconds(480)),
                krokom,
                joined(krokom, KALAS, AT.plusSeconds(540)),
                jarpen,
                joined(jarpen, KALAS, AT.plusSeconds(600)),
                BERG.scheduled(TODAY.minusDays(1), "Svenstaviks församlingshem", "Anna Berg"),
                BERG.recorded("c-berg-1", NEED, CITIZEN, "Mobiltäckning i fjällen", AT.plusSeconds(660)),
                ARE.concluded(SUMMARY, AT.plusSeconds(720)),
                ARE.reopened(AT.plusSeconds(780)),
                joined(jarpen, HOST, AT.plusSeconds(840)),
                ARE.recorded("c-are-4", RESOURCE, ELECTED_OFFICIAL, "Kommunens mötesrum", AT.plusSeconds(900)));
    }

    private static TourPlanned kalasturne() {
        return new TourPlanned(KALAS, "Kalasturné 2015", LocalDate.of(2015, 11, 2), LocalDate.of(2015, 11, 20),
                               PLANNED_AT);
    }

    private static TourPlanned hostdialog() {
        return new TourPlanned(HOST, "Höstens dialogrunda", LocalDate.of(2015, 10, 1), LocalDate.of(2015, 12, 15),
                               PLANNED_AT);
    }

    private static VisitJoinedTour joined(VisitScheduled visit, String tourId, Instant at) {
        return new VisitJoinedTour(visit.visitId(), visit.municipalityCode(), tourId, visit.date(), visit.venue(), at);
    }

    private static MunicipalityProgress nothing(String code, String name) {
        return new MunicipalityProgress(code, name, new Counts(0, 0, 0), List.of());
    }

    private static List<Visit> visitsIn(TourProgressView tour) {
        return tour.municipalities().stream().flatMap(m -> m.visits().stream()).toList();
    }

    private Optional<TourProgressView> progress(String tourId) {
        projections.awaitCaughtUp();
        return queries.query(new FindTourProgress(tourId), ResponseTypes.optionalInstanceOf(TourProgressView.class))
                      .join();
    }

    private TourList tours() {
        projections.awaitCaughtUp();
        return queries.query(new ListTours(), TourList.class).join();
    }

    /** Waits for this projection only: other projections need not take every id this one takes. */
    private void awaitThisProjection() {
        long head = projections.head();
        await().untilAsserted(() -> assertThat(projections.processor(TourProjection.PROCESSING_GROUP).processingStatus().values())
                .hasSize(tokenStore.fetchSegments(TourProjection.PROCESSING_GROUP).length)
                .allSatisfy(segment -> assertThat(segment.getCurrentPosition().orElse(-1))
                        .isGreaterThanOrEqualTo(head)));
    }


    private Map<String, List<Document>> documents() {
        return projections.documents(TourProjection.PROCESSING_GROUP);
    }
}
