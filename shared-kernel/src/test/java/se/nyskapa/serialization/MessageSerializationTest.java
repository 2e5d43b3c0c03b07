package se.nyskapa.serialization;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.ListMunicipalities;
import se.nyskapa.municipality.MunicipalityList;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.rejection.Rejection;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.AttendanceRecorded;
import se.nyskapa.visit.ConcludeVisit;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.FindVisit;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.RecordAttendance;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.ReopenVisit;
import se.nyskapa.visit.RetractContribution;
import se.nyskapa.visit.ScheduleVisit;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitConcluded;
import se.nyskapa.visit.VisitEvent;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitStatus;
import se.nyskapa.visit.VisitSummary;
import se.nyskapa.visit.VisitView;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSerializationTest {

    private static final String VISIT_ID = "are-2015-11-12";
    private static final String AARE = "2321";
    private static final LocalDate DAY = LocalDate.of(2015, 11, 12);
    private static final Instant MORNING = Instant.parse("2015-11-12T08:30:00Z");
    private static final Instant NOON = Instant.parse("2015-11-12T11:45:10.123456Z");
    private static final VisitSummary SUMMARY = new VisitSummary(
            "Halvdagsdialog i Åre med idéverkstad i tre grupper.",
            "Vi har fått höra hur besöksnäringen och kommunen ser på kompetensförsörjningen.",
            "Att säsongsarbete påverkar både bostäder och skolor mer än vi trodde.",
            "Knyta ihop näringslivet och gymnasiet i ett gemensamt pilotprojekt.",
            "Någon som äger frågan på kommunen, och tid för uppföljning.",
            "Skicka återkoppling till kommunledningen före jul.",
            "Lyhördhet, uthållighet och förmåga att samverka över gränser.");
    private static final Map<Sector, Integer> ATTENDANCE = Map.of(Sector.MUNICIPAL_STAFF, 12, Sector.CITIZEN, 7,
                                                                  Sector.BUSINESS, 4);

    private final Serializer serializer = Jackson3Serializer.builder()
                                                            .jsonMapperBuilderCustomizer(
                                                                    new NyskapaSerializerCustomizer())
                                                            .build();

    static Stream<Arguments> commands() {
        return named(
                new ScheduleVisit(VISIT_ID, AARE, DAY, "Holiday Club, Åre", List.of("Åsa Sjöström", "Örjan Ek")),
                new RecordContribution(VISIT_ID, "c-1", ContributionKind.NEED,
                                       "Bättre kollektivtrafik mellan byarna och Östersund på kvällstid.",
                                       Sector.CITIZEN),
                new AmendContribution(VISIT_ID, "c-1", "Fler kvällsturer med buss mellan Järpen och Östersund."),
                new RetractContribution(VISIT_ID, "c-1", "Dubblett av ett inspel från Krokom."),
                new RecordAttendance(VISIT_ID, ATTENDANCE),
                new ConcludeVisit(VISIT_ID, SUMMARY),
                new ReopenVisit(VISIT_ID));
    }

    static Stream<Arguments> events() {
        return named(
                new VisitScheduled(VISIT_ID, AARE, DAY, "Holiday Club, Åre", List.of("Åsa Sjöström", "Örjan Ek"),
                                   MORNING),
                new ContributionRecorded(VISIT_ID, AARE, "c-1", ContributionKind.IDEA,
                                         "En gemensam mötesplats för småföretagare i fjällbyarna.",
                                         Sector.BUSINESS, NOON),
                new ContributionAmended(VISIT_ID, AARE, "c-1", "En mötesplats för småföretagare i Åre by.", NOON),
                new ContributionRetracted(VISIT_ID, AARE, "c-1", "Lämnades av misstag två gånger.", NOON),
                new AttendanceRecorded(VISIT_ID, AARE, ATTENDANCE, NOON),
                new VisitConcluded(VISIT_ID, AARE, SUMMARY, NOON),
                new VisitReopened(VISIT_ID, AARE, NOON));
    }

    static Stream<Arguments> queriesAndResults() {
        return named(
                new FindVisit(VISIT_ID),
                new VisitView(VISIT_ID, AARE, "Åre", DAY, "Holiday Club, Åre", List.of("Åsa Sjöström"),
                              VisitStatus.CONCLUDED,
                              List.of(new VisitView.ContributionView("c-1", ContributionKind.RESOURCE,
                                                                     "Skidgymnasiets lokaler står tomma på sommaren.",
                                                                     Sector.ACADEMIA, MORNING, NOON, null, null),
                                      new VisitView.ContributionView("c-2", ContributionKind.FEEDBACK,
                                                                     "Förslaget om idésluss känns för stort.",
                                                                     Sector.ELECTED_OFFICIAL, MORNING, null, NOON,
                                                                     "Fel kommun angiven.")),
                              ATTENDANCE, SUMMARY, NOON),
                new FindMunicipality(AARE, 2),
                new ListMunicipalities(),
                new MunicipalityList("SE-Z", "Region Jämtland Härjedalen",
                                     List.of(new MunicipalityList.Entry(AARE, "Åre", 1, 42),
                                             new MunicipalityList.Entry("2380", "Östersund", 0, 0))),
                new MunicipalityView(AARE, "Åre", 1, 2,
                                     List.of(new MunicipalityView.VisitEntry(VISIT_ID, DAY, "Holiday Club, Åre",
                                                                             VisitStatus.HELD, 2)),
                                     Map.of(ContributionKind.NEED, 1L, ContributionKind.OPPORTUNITY, 1L),
                                     Map.of(Sector.CIVIL_SOCIETY, 1L, Sector.SERVICE_USER, 1L),
                                     ATTENDANCE,
                                     new MunicipalityView.NeedPage(0, 20, 1, 1, List.of(
                                             new MunicipalityView.Need("c-3", VISIT_ID,
                                                                       "Äldreomsorgen behöver fler händer på vintern.",
                                                                       Sector.SERVICE_USER, MORNING, null)))),
                new Rejection(Rejection.Reason.CONFLICT, "contributionId",
                              "Inspelet c-1 är redan registrerat med annat innehåll."),
                Outcome.UNCHANGED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void command_roundTrips(String type, Object command) {
        assertThat(roundTrip(command)).isEqualTo(command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void event_roundTrips(String type, Object event) {
        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queriesAndResults")
    void queryAndResult_roundTrip(String type, Object message) {
        assertThat(roundTrip(message)).isEqualTo(message);
    }

    @Test
    void everyVisitEvent_hasARoundTripSample() {
        assertThat(events().<Class<?>>map(arguments -> arguments.get()[1].getClass()))
                .containsExactlyInAnyOrder(VisitEvent.class.getPermittedSubclasses());
    }

    @Test
    void globalSequenceTrackingToken_roundTrips() {
        GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(4_711);

        assertThat(roundTrip(token)).isEqualTo(token);
    }

    @Test
    void gapAwareTrackingToken_roundTrips() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(4_711, new TreeSet<>(List.of(4_700L, 4_705L)));

        assertThat(roundTrip(token)).isEqualTo(token);
    }

    @Test
    void replayTokenOfAGapAwareTrackingToken_roundTrips() {
        TrackingToken token = ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(4_711, new TreeSet<>(List.of(4_700L))),
                GapAwareTrackingToken.newInstance(1_200, new TreeSet<>(List.of(1_150L, 1_190L))));

        assertThat(roundTrip(token)).isEqualTo(token);
    }

    @Test
    void region_readsTheEightKommunerOfJamtlandHarjedalen() throws IOException {
        Region region = Region.read(getClass().getResourceAsStream("/regions/jamtland-harjedalen.json"));

        assertThat(region.municipalities()).extracting(Municipality::code)
                                           .containsExactly("2303", "2305", "2309", "2313", "2321", "2326",
                                                            "2361", "2380");
        assertThat(region.municipality("2321")).contains(new Municipality("2321", "Åre"));
    }

    private Object roundTrip(Object message) {
        SerializedObject<byte[]> serialized = serializer.serialize(message, byte[].class);
        return serializer.deserialize(serialized);
    }

    private static Stream<Arguments> named(Object... messages) {
        return Stream.of(messages).map(message -> Arguments.of(message.getClass().getSimpleName(), message));
    }
}
