package se.nyskapa.query.municipality;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.ListMunicipalities;
import se.nyskapa.municipality.MunicipalityList;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitSummary;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
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
class MunicipalityProfileTests {

    private static final VisitEvents ARE_TOUR = new VisitEvents("visit-are-tour", "2321");
    private static final VisitEvents ARE_FOLLOW_UP = new VisitEvents("visit-are-follow-up", "2321");
    private static final VisitEvents ARE_SPRING = new VisitEvents("visit-are-spring", "2321");
    private static final VisitEvents OSTERSUND_TOUR = new VisitEvents("visit-ostersund-tour", "2380");
    private static final Instant AT = Instant.parse("2015-11-05T09:00:00Z");
    private static final VisitSummary SUMMARY =
            new VisitSummary("Dialog", "Behov", "Lärdomar", "Nästa", "Resurser", "Steg", "Styrkor");

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    QueryGateway queries;

    @Test
    void profileCountsLeaveOutRetractedContributionsAndSumAttendanceOverVisits() {
        publishVisitsToAreAndOstersund();

        MunicipalityView are = municipality("2321", 0).orElseThrow();

        assertThat(are.name()).isEqualTo("Åre");
        assertThat(are.visitCount()).isEqualTo(3);
        assertThat(are.contributionCount()).isEqualTo(5);
        assertThat(are.contributionsByKind()).isEqualTo(Map.<ContributionKind, Long>of(
                NEED, 2L, IDEA, 1L, OPPORTUNITY, 1L, RESOURCE, 1L));
        assertThat(are.contributionsBySector()).isEqualTo(Map.<Sector, Long>of(
                CITIZEN, 2L, BUSINESS, 1L, MUNICIPAL_STAFF, 1L, ELECTED_OFFICIAL, 1L));
        assertThat(are.attendance()).isEqualTo(Map.<Sector, Integer>of(
                CITIZEN, 20, BUSINESS, 5, MUNICIPAL_STAFF, 4, ELECTED_OFFICIAL, 2));
        assertThat(are.visits()).containsExactly(
                new MunicipalityView.VisitEntry(ARE_SPRING.visitId(), TODAY.plusDays(120), "Kulturhuset", PLANNED, 0),
                new MunicipalityView.VisitEntry(ARE_FOLLOW_UP.visitId(), TODAY.minusDays(1), "Järpen", HELD, 1),
                new MunicipalityView.VisitEntry(ARE_TOUR.visitId(), TODAY.minusDays(7), "Holiday Club",
                                                CONCLUDED, 4));
    }

    @Test
    void listShowsEveryKommunInFileOrderWithZeroCountsForUnvisitedOnes() {
        publishVisitsToAreAndOstersund();
        projections.awaitCaughtUp();

        MunicipalityList list = queries.query(new ListMunicipalities(), MunicipalityList.class).join();

        assertThat(list.regionCode()).isEqualTo("SE-Z");
        assertThat(list.regionName()).isEqualTo("Region Jämtland Härjedalen");
        assertThat(list.municipalities()).containsExactly(
                new MunicipalityList.Entry("2303", "Ragunda", 0, 0),
                new MunicipalityList.Entry("2305", "Bräcke", 0, 0),
                new MunicipalityList.Entry("2309", "Krokom", 0, 0),
                new MunicipalityList.Entry("2313", "Strömsund", 0, 0),
                new MunicipalityList.Entry("2321", "Åre", 3, 5),
                new MunicipalityList.Entry("2326", "Berg", 0, 0),
                new MunicipalityList.Entry("2361", "Härjedalen", 0, 0),
                new MunicipalityList.Entry("2380", "Östersund", 1, 2));
    }

    @Test
    void unknownKommunIsNotFound() {
        publishVisitsToAreAndOstersund();

        assertThat(municipality("9999", 0)).isEmpty();
    }

    private void publishVisitsToAreAndOstersund() {
        events.publish(
                ARE_TOUR.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                ARE_TOUR.recorded("c-1", NEED, CITIZEN, "Bredband i byarna", AT),
                ARE_FOLLOW_UP.scheduled(TODAY.minusDays(1), "Järpen", "Erik Lund"),
                ARE_TOUR.recorded("c-2", NEED, BUSINESS, "Kompetensförsörjning", AT.plusSeconds(60)),
                ARE_TOUR.recorded("c-3", IDEA, CITIZEN, "Samåkning till jobbet", AT.plusSeconds(120)),
                OSTERSUND_TOUR.scheduled(TODAY.minusDays(2), "Storsjöteatern", "Anna Berg"),
                OSTERSUND_TOUR.recorded("c-4", NEED, ACADEMIA, "Praktikplatser", AT.plusSeconds(150)),
                ARE_TOUR.recorded("c-5", OPPORTUNITY, MUNICIPAL_STAFF, "Tomma lokaler", AT.plusSeconds(180)),
                ARE_TOUR.recorded("c-6", IDEA, BUSINESS, "Samåkning till jobbet", AT.plusSeconds(240)),
                OSTERSUND_TOUR.recorded("c-7", IDEA, CITIZEN, "Lånecyklar", AT.plusSeconds(250)),
                ARE_TOUR.retracted("c-6", "Dubblett av c-3", AT.plusSeconds(300)),
                ARE_TOUR.attendance(Map.of(CITIZEN, 10, BUSINESS, 5), AT.plusSeconds(360)),
                ARE_TOUR.attendance(Map.of(CITIZEN, 12, BUSINESS, 5, MUNICIPAL_STAFF, 4), AT.plusSeconds(420)),
                OSTERSUND_TOUR.attendance(Map.of(CITIZEN, 30), AT.plusSeconds(430)),
                ARE_TOUR.concluded(SUMMARY, AT.plusSeconds(480)),
                ARE_FOLLOW_UP.recorded("c-8", RESOURCE, ELECTED_OFFICIAL, "Kommunens mötesrum", AT.plusSeconds(540)),
                ARE_FOLLOW_UP.recorded("c-9", NEED, CITIZEN, "Bättre kollektivtrafik", AT.plusSeconds(600)),
                ARE_FOLLOW_UP.retracted("c-9", "Hör till Krokom", AT.plusSeconds(660)),
                ARE_FOLLOW_UP.attendance(Map.of(CITIZEN, 8, ELECTED_OFFICIAL, 2), AT.plusSeconds(720)),
                ARE_SPRING.scheduled(TODAY.plusDays(120), "Kulturhuset", "Erik Lund"));
    }

    private Optional<MunicipalityView> municipality(String code, int page) {
        projections.awaitCaughtUp();
        return queries.query(new FindMunicipality(code, page),
                             ResponseTypes.optionalInstanceOf(MunicipalityView.class))
                      .join();
    }
}
