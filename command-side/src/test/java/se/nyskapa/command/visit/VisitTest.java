package se.nyskapa.command.visit;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.nyskapa.command.Fakes;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.Stance;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.AttendanceRecorded;
import se.nyskapa.visit.ConcludeVisit;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.JoinTour;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.RecordAttendance;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.ReopenVisit;
import se.nyskapa.visit.RetractContribution;
import se.nyskapa.visit.ScheduleVisit;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.TagContribution;
import se.nyskapa.visit.VisitConcluded;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitSummary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static se.nyskapa.command.Rejections.rejectedAs;
import static se.nyskapa.rejection.Rejection.Reason.CONFLICT;
import static se.nyskapa.rejection.Rejection.Reason.INVALID;
import static se.nyskapa.rejection.Rejection.Reason.NOT_FOUND;

class VisitTest {

    private static final Instant NOW = Instant.parse("2015-11-12T13:30:00Z");
    private static final Instant EARLIER = Instant.parse("2015-11-12T09:15:00Z");
    private static final String VISIT_ID = "are-2015-11-12";
    private static final String AARE = "2321";
    private static final LocalDate DAY = LocalDate.of(2015, 11, 12);
    private static final String VENUE = "Holiday Club, Åre";
    private static final List<String> HOSTS = List.of("Åsa Sjöström", "Örjan Ek");
    private static final String CONTRIBUTION_ID = "c-1";
    private static final String TEXT = "Bättre kollektivtrafik mellan fjällbyarna och Östersund på kvällstid.";
    private static final String AMENDED_TEXT = "Fler kvällsturer med buss mellan Järpen och Östersund.";
    private static final String OTHER_TEXT = "Ett gemensamt kontor för fjällturismens företag.";
    private static final String REASON = "Dubblett av ett inspel från Krokom.";
    private static final VisitSummary SUMMARY = new VisitSummary(
            "Halvdagsdialog med idéverkstad i tre grupper.", "Vi har fått höra hur besöksnäringen ser på framtiden.",
            "Säsongsarbete påverkar bostäder och skolor mer än vi trodde.", "Koppla ihop gymnasiet och näringslivet.",
            "Någon som äger frågan på kommunen.", "Skicka återkoppling till kommunledningen före jul.",
            "Uthållighet och förmåga att samverka.");

    private static final VisitScheduled SCHEDULED = new VisitScheduled(VISIT_ID, AARE, DAY, VENUE, HOSTS, EARLIER);
    private static final ContributionRecorded RECORDED = new ContributionRecorded(
            VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED, TEXT, Sector.CITIZEN, EARLIER);
    private static final ContributionAmended AMENDED = new ContributionAmended(
            VISIT_ID, AARE, CONTRIBUTION_ID, AMENDED_TEXT, EARLIER);
    private static final ContributionRetracted RETRACTED = new ContributionRetracted(
            VISIT_ID, AARE, CONTRIBUTION_ID, REASON, EARLIER);
    private static final VisitConcluded CONCLUDED = new VisitConcluded(VISIT_ID, AARE, SUMMARY, EARLIER);
    private static final VisitReopened REOPENED = new VisitReopened(VISIT_ID, AARE, EARLIER);

    private static final String TOUR_ID = "kalasturne-hosten-2015";
    private static final String OTHER_TOUR_ID = "dialogrunda-jamtland-2015";
    private static final String SPRING_TOUR_ID = "varturne-2016";
    private static final VisitJoinedTour JOINED = new VisitJoinedTour(VISIT_ID, AARE, TOUR_ID, DAY, VENUE, EARLIER);

    private static final String IDESLUSSAR = "ideslussar";
    private static final String DIALOGPLATTFORM = "dialogplattform";
    private static final String KREATIV_BYRAKRATI = "kreativ-byrakrati";
    private static final String ORGANISATIONSKULTUR = "organisationskultur-for-innovation";
    private static final String DESIGN = "design-for-samhallsutveckling";
    private static final ContributionTagged TAGGED = new ContributionTagged(
            VISIT_ID, AARE, CONTRIBUTION_ID, List.of(IDESLUSSAR, DIALOGPLATTFORM), EARLIER);

    private static final String PROPOSAL_ID = "p-idesluss-unga";
    private static final String FEEDBACK_TEXT = "Åre vill vara testkommun för idéslussen, gärna med fokus på säsongsföretag.";
    private static final ProposalFeedback SUPPORT = new ProposalFeedback(PROPOSAL_ID, Stance.SUPPORT);

    private final Fakes fakes = new Fakes();
    private FixtureConfiguration<Visit> fixture;

    @BeforeEach
    void setUp() {
        fakes.tours.add(TOUR_ID, "Kalasturné hösten 2015", LocalDate.of(2015, 11, 1), LocalDate.of(2015, 11, 30))
                   .add(OTHER_TOUR_ID, "Dialogrunda Jämtland", LocalDate.of(2015, 11, 12), LocalDate.of(2015, 12, 15))
                   .add(SPRING_TOUR_ID, "Vårturné 2016", LocalDate.of(2016, 4, 1), LocalDate.of(2016, 5, 31));
        fakes.themes.active(IDESLUSSAR).active(DIALOGPLATTFORM).active(ORGANISATIONSKULTUR)
                    .merged(KREATIV_BYRAKRATI, ORGANISATIONSKULTUR).retired(DESIGN);
        fakes.proposals.add(PROPOSAL_ID, ProposalStatus.UNDER_REVIEW, 4);
        fixture = fakes.fixture(Visit.class, NOW);
    }

    @Test
    void scheduleVisit_schedulesANewVisitAtTheClocksTime() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, HOSTS))
               .expectEvents(new VisitScheduled(VISIT_ID, AARE, DAY, VENUE, HOSTS, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void scheduleVisit_changesNothing_whenRepeatedIdentically() {
        fixture.given(SCHEDULED)
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, HOSTS))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void scheduleVisit_isRefused_whenTheVisitIsAlreadyScheduledWithOtherDetails() {
        fixture.given(SCHEDULED)
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY.plusDays(1), VENUE, HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "visitId"));
    }

    @Test
    void scheduleVisit_isRefused_forAnUnknownKommunCode() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, "9999", DAY, VENUE, HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "municipalityCode"));
    }

    @Test
    void scheduleVisit_isRefused_forABlankVenue() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, "  ", HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "venue"));
    }

    @Test
    void scheduleVisit_isRefused_forAVenueOfMoreThan200Characters() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, "å".repeat(201), HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "venue"));
    }

    @Test
    void scheduleVisit_isRefused_whenAHostIsMissing() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, "Åre kommunhus", Arrays.asList("Erik", null)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "hosts"));
    }

    @Test
    void scheduleVisit_isRefused_withoutAVisitId() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(" ", AARE, DAY, "Åre kommunhus", HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "visitId"));
    }

    @Test
    void scheduleVisit_withoutHosts_schedulesTheVisitWithAnEmptyHostList() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, null))
               .expectEvents(new VisitScheduled(VISIT_ID, AARE, DAY, VENUE, List.of(), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void recordContribution_recordsItWithTheVisitsKommunAndTheClocksTime() {
        fixture.given(SCHEDULED)
               .when(record(TEXT))
               .expectEvents(new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED, TEXT,
                                                      Sector.CITIZEN, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void recordContribution_changesNothing_whenRepeatedIdentically() {
        fixture.given(SCHEDULED, RECORDED)
               .when(record(TEXT))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordContribution_changesNothing_whenRepeatedIdenticallyAfterTheTextWasAmended() {
        fixture.given(SCHEDULED, RECORDED, AMENDED)
               .when(record(TEXT))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordContribution_changesNothing_whenRepeatedIdenticallyAfterItWasRetracted() {
        fixture.given(SCHEDULED, RECORDED, RETRACTED)
               .when(record(TEXT))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordContribution_keepsTheTimeTheDeviceLoggedIt_besideTheServersTime() {
        fixture.given(SCHEDULED)
               .when(loggedAt(EARLIER))
               .expectEvents(new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED, TEXT,
                                                      Sector.CITIZEN, NOW, null, EARLIER))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void recordContribution_takesATimeLoggedDaysAgo_asAfterALongTimeOffline() {
        Instant daysAgo = NOW.minus(Duration.ofDays(9));
        fixture.given(SCHEDULED)
               .when(loggedAt(daysAgo))
               .expectEvents(new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED, TEXT,
                                                      Sector.CITIZEN, NOW, null, daysAgo));
    }

    @Test
    void recordContribution_takesADeviceClockAFewMinutesAhead() {
        Instant ahead = NOW.plus(Visit.CLOCK_SKEW);
        fixture.given(SCHEDULED)
               .when(loggedAt(ahead))
               .expectEvents(new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED, TEXT,
                                                      Sector.CITIZEN, NOW, null, ahead));
    }

    @Test
    void recordContribution_isRefused_whenLoggedBefore1900() {
        fixture.given(SCHEDULED)
               .when(loggedAt(Instant.MIN))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "loggedAt"));
    }

    @Test
    void recordContribution_isRefused_whenLoggedFurtherInTheFutureThanAClockCanBeOff() {
        fixture.given(SCHEDULED)
               .when(loggedAt(NOW.plus(Visit.CLOCK_SKEW).plusSeconds(1)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "loggedAt"));
    }

    @Test
    void recordContribution_changesNothing_whenRepeatedIdenticallyWithTheSameLoggedTime() {
        fixture.given(SCHEDULED, recordedAt(EARLIER))
               .when(loggedAt(EARLIER))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordContribution_isRefused_whenTheIdWasRecordedWithAnotherLoggedTime() {
        fixture.given(SCHEDULED, recordedAt(EARLIER))
               .when(loggedAt(EARLIER.plusMillis(1)))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_whenTheIdWasRecordedWithALoggedTimeAndTheRepeatHasNone() {
        fixture.given(SCHEDULED, recordedAt(EARLIER))
               .when(record(TEXT))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_whenTheIdWasRecordedBeforeLoggedTimesAndTheRepeatHasOne() {
        fixture.given(SCHEDULED, RECORDED)
               .when(loggedAt(EARLIER))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_whenTheIdWasRecordedWithOtherText() {
        fixture.given(SCHEDULED, RECORDED)
               .when(record(AMENDED_TEXT))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_whenTheIdWasRecordedAsAnotherKind() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new RecordContribution(VISIT_ID, CONTRIBUTION_ID, ContributionKind.IDEA, TEXT, Sector.CITIZEN))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_whenTheIdWasRecordedFromAnotherSector() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new RecordContribution(VISIT_ID, CONTRIBUTION_ID, ContributionKind.NEED, TEXT, Sector.BUSINESS))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_whenTheIdIsTakenByAnotherVisit() {
        fakes.contributions.add(CONTRIBUTION_ID, "krokom-2015-11-10", "2309");

        fixture.given(SCHEDULED)
               .when(record(TEXT))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_whenTheVisitIsConcluded() {
        fixture.given(SCHEDULED, CONCLUDED)
               .when(record(TEXT))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "visitId"));
    }

    @Test
    void recordContribution_changesNothing_whenRepeatedIdenticallyOnAConcludedVisit() {
        fixture.given(SCHEDULED, RECORDED, CONCLUDED)
               .when(record(TEXT))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordContribution_isRefused_withoutAContributionId() {
        fixture.given(SCHEDULED)
               .when(new RecordContribution(VISIT_ID, " ", ContributionKind.NEED, "Fler mötesplatser", Sector.CITIZEN))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_forABlankText() {
        fixture.given(SCHEDULED)
               .when(record(" \n "))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "text"));
    }

    @Test
    void recordContribution_isRefused_forATextOf4001Characters() {
        fixture.given(SCHEDULED)
               .when(record("ö".repeat(4_001)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "text"));
    }

    @Test
    void recordContribution_acceptsATextOfExactly4000Characters() {
        String text = "ö".repeat(4_000);

        fixture.given(SCHEDULED)
               .when(record(text))
               .expectEvents(new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED, text,
                                                      Sector.CITIZEN, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void recordContribution_isRefused_withoutAKind() {
        fixture.given(SCHEDULED)
               .when(new RecordContribution(VISIT_ID, CONTRIBUTION_ID, null, TEXT, Sector.CITIZEN))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "kind"));
    }

    @Test
    void recordContribution_isRefused_withoutASector() {
        fixture.given(SCHEDULED)
               .when(new RecordContribution(VISIT_ID, CONTRIBUTION_ID, ContributionKind.NEED, TEXT, null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "sector"));
    }

    @Test
    void recordContribution_isRefused_whenTheVisitWasNeverScheduled() {
        fixture.givenNoPriorActivity()
               .when(record(TEXT))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    /** Each contribution's events change that contribution only, not its neighbours in the visit. */
    @Test
    void retractingOneContribution_leavesTheOthersOpenToAmendment() {
        fixture.given(SCHEDULED, RECORDED, other(), RETRACTED)
               .when(new AmendContribution(VISIT_ID, "c-2", AMENDED_TEXT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ContributionAmended(VISIT_ID, AARE, "c-2", AMENDED_TEXT, NOW));
    }

    @Test
    void amendingOneContribution_leavesTheOthersTextAsItWas() {
        fixture.given(SCHEDULED, RECORDED, other(), AMENDED)
               .when(new AmendContribution(VISIT_ID, "c-2", OTHER_TEXT))
               .expectResultMessagePayload(Outcome.UNCHANGED)
               .expectNoEvents();
    }

    @Test
    void taggingOneContribution_leavesTheOthersUntagged() {
        fixture.given(SCHEDULED, RECORDED, other(), TAGGED)
               .when(new TagContribution(VISIT_ID, "c-2", List.of()))
               .expectResultMessagePayload(Outcome.UNCHANGED)
               .expectNoEvents();
    }

    private static ContributionRecorded other() {
        return new ContributionRecorded(VISIT_ID, AARE, "c-2", ContributionKind.IDEA, OTHER_TEXT, Sector.BUSINESS,
                                        EARLIER);
    }

    @Test
    void amendContribution_replacesTheText() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, AMENDED_TEXT))
               .expectEvents(new ContributionAmended(VISIT_ID, AARE, CONTRIBUTION_ID, AMENDED_TEXT, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void amendContribution_changesNothing_whenTheTextIsTheCurrentOne() {
        fixture.given(SCHEDULED, RECORDED, AMENDED)
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, AMENDED_TEXT))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void amendContribution_isRefused_forAnUnknownContribution() {
        fixture.given(SCHEDULED)
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, AMENDED_TEXT))
               .expectNoEvents()
               .expectException(rejectedAs(NOT_FOUND, "contributionId"));
    }

    @Test
    void amendContribution_isRefused_whenTheContributionIsRetracted() {
        fixture.given(SCHEDULED, RECORDED, RETRACTED)
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, AMENDED_TEXT))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void amendContribution_isRefused_whenTheVisitIsConcluded() {
        fixture.given(SCHEDULED, RECORDED, CONCLUDED)
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, AMENDED_TEXT))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "visitId"));
    }

    @Test
    void amendContribution_isRefused_forABlankText() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, "   "))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "text"));
    }

    @Test
    void retractContribution_retractsItWithTheReason() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new RetractContribution(VISIT_ID, CONTRIBUTION_ID, REASON))
               .expectEvents(new ContributionRetracted(VISIT_ID, AARE, CONTRIBUTION_ID, REASON, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void retractContribution_changesNothing_whenAlreadyRetracted() {
        fixture.given(SCHEDULED, RECORDED, RETRACTED)
               .when(new RetractContribution(VISIT_ID, CONTRIBUTION_ID, REASON))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void retractContribution_isRefused_forAnUnknownContribution() {
        fixture.given(SCHEDULED)
               .when(new RetractContribution(VISIT_ID, CONTRIBUTION_ID, REASON))
               .expectNoEvents()
               .expectException(rejectedAs(NOT_FOUND, "contributionId"));
    }

    @Test
    void retractContribution_isRefused_whenTheVisitIsConcluded() {
        fixture.given(SCHEDULED, RECORDED, CONCLUDED)
               .when(new RetractContribution(VISIT_ID, CONTRIBUTION_ID, REASON))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "visitId"));
    }

    @Test
    void retractContribution_isRefused_forABlankReason() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new RetractContribution(VISIT_ID, CONTRIBUTION_ID, ""))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "reason"));
    }

    @Test
    void recordAttendance_recordsTheCountsAndDropsSectorsWithNoParticipants() {
        fixture.given(SCHEDULED)
               .when(new RecordAttendance(VISIT_ID, Map.of(Sector.CITIZEN, 14, Sector.BUSINESS, 5,
                                                           Sector.ACADEMIA, 0)))
               .expectEvents(new AttendanceRecorded(VISIT_ID, AARE, attendance(Sector.CITIZEN, 14,
                                                                               Sector.BUSINESS, 5), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void recordAttendance_changesNothing_whenRepeatedIdentically() {
        fixture.given(SCHEDULED, attendanceRecorded())
               .when(new RecordAttendance(VISIT_ID, Map.of(Sector.CITIZEN, 14, Sector.BUSINESS, 5)))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordAttendance_changesNothing_whenRepeatedWithSectorsOfNoParticipantsAdded() {
        fixture.given(SCHEDULED, attendanceRecorded())
               .when(new RecordAttendance(VISIT_ID, Map.of(Sector.CITIZEN, 14, Sector.BUSINESS, 5,
                                                           Sector.REGION, 0)))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordAttendance_isRefused_forANegativeCount() {
        fixture.given(SCHEDULED)
               .when(new RecordAttendance(VISIT_ID, Map.of(Sector.CITIZEN, -1)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "participants.CITIZEN"));
    }

    @Test
    void recordAttendance_isRefused_whenTheVisitIsConcluded() {
        fixture.given(SCHEDULED, CONCLUDED)
               .when(new RecordAttendance(VISIT_ID, Map.of(Sector.CITIZEN, 14)))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "visitId"));
    }

    @Test
    void concludeVisit_concludesItWithTheSummary() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new ConcludeVisit(VISIT_ID, SUMMARY))
               .expectEvents(new VisitConcluded(VISIT_ID, AARE, SUMMARY, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void concludeVisit_changesNothing_whenRepeatedWithTheSameSummary() {
        fixture.given(SCHEDULED, CONCLUDED)
               .when(new ConcludeVisit(VISIT_ID, SUMMARY))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void concludeVisit_isRefused_withAnotherSummaryWhileConcluded() {
        VisitSummary other = new VisitSummary("Digitalt möte i stället.", null, null, null, null, null, null);

        fixture.given(SCHEDULED, CONCLUDED)
               .when(new ConcludeVisit(VISIT_ID, other))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "summary"));
    }

    @Test
    void concludeVisit_isRefused_whenAllSevenReflectionsAreBlank() {
        VisitSummary blank = new VisitSummary("", " ", null, "\t", "", null, "  ");

        fixture.given(SCHEDULED)
               .when(new ConcludeVisit(VISIT_ID, blank))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "summary"));
    }

    @Test
    void concludeVisit_isRefused_whenAReflectionIsLongerThan4000Characters() {
        VisitSummary tooLong = new VisitSummary(SUMMARY.done(), SUMMARY.gained(), "ä".repeat(4_001),
                                                SUMMARY.wisestNext(), SUMMARY.needs(), SUMMARY.nextStep(),
                                                SUMMARY.strengths());

        fixture.given(SCHEDULED)
               .when(new ConcludeVisit(VISIT_ID, tooLong))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "learned"));
    }

    @Test
    void reopenVisit_reopensAConcludedVisit() {
        fixture.given(SCHEDULED, CONCLUDED)
               .when(new ReopenVisit(VISIT_ID))
               .expectEvents(new VisitReopened(VISIT_ID, AARE, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void reopenVisit_changesNothing_whenTheVisitIsNotConcluded() {
        fixture.given(SCHEDULED)
               .when(new ReopenVisit(VISIT_ID))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordContribution_isAcceptedAgain_afterTheVisitIsReopened() {
        fixture.given(SCHEDULED, CONCLUDED, REOPENED)
               .when(record(TEXT))
               .expectEvents(new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED, TEXT,
                                                      Sector.CITIZEN, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void scheduleVisit_withoutADate_isRefused() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, null, VENUE, HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "date"));
    }

    @Test
    void scheduleVisit_isRefused_forADateAfter2100() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, LocalDate.of(2101, 1, 1), VENUE, HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "date"));
    }

    /** A date beyond what MongoDB's dates hold would stop every projection of visits for good. */
    @Test
    void scheduleVisit_isRefused_forTheLastDateJavaKnows() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, LocalDate.MAX, VENUE, HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "date"));
    }

    @Test
    void scheduleVisit_isRefused_forADateBefore1900() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, LocalDate.of(1899, 12, 31), VENUE, HOSTS))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "date"));
    }

    /** Ids name one thing: Axon refuses to load another kind of stream, and the API answers that with a 409. */
    @Test
    void scheduleVisit_onAnIdHoldingATour_failsBeforeTheHandler_andStoresNothing() {
        fixture.given(new TourPlanned(VISIT_ID, "Kalasturné hösten 2015", DAY, DAY.plusDays(10), EARLIER))
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, HOSTS))
               .expectNoEvents()
               .expectException(IncompatibleAggregateException.class);
    }

    @Test
    void scheduleVisit_withATour_schedulesTheVisitAndThenJoinsTheTour() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, HOSTS, TOUR_ID))
               .expectEvents(new VisitScheduled(VISIT_ID, AARE, DAY, VENUE, HOSTS, NOW),
                             new VisitJoinedTour(VISIT_ID, AARE, TOUR_ID, DAY, VENUE, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void scheduleVisit_withATourOnItsFirstAndLastDay_isAccepted() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, LocalDate.of(2015, 11, 30), VENUE, HOSTS, TOUR_ID))
               .expectEvents(new VisitScheduled(VISIT_ID, AARE, LocalDate.of(2015, 11, 30), VENUE, HOSTS, NOW),
                             new VisitJoinedTour(VISIT_ID, AARE, TOUR_ID, LocalDate.of(2015, 11, 30), VENUE, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void scheduleVisit_withATour_changesNothing_whenRepeatedIdentically() {
        fixture.given(SCHEDULED, JOINED)
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, HOSTS, TOUR_ID))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void scheduleVisit_isRefused_whenRepeatedWithATourTheVisitIsNotIn() {
        fixture.given(SCHEDULED)
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, HOSTS, TOUR_ID))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "visitId"));
    }

    @Test
    void scheduleVisit_isRefused_forAnUnknownTour() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, HOSTS, "ingen-sadan-turne"))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "tourId"));
    }

    @Test
    void scheduleVisit_isRefused_whenTheDateIsOutsideTheTour() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, DAY, VENUE, HOSTS, SPRING_TOUR_ID))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "date"));
    }

    @Test
    void scheduleVisit_isRefused_whenTheDateIsTheDayAfterTheTour() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleVisit(VISIT_ID, AARE, LocalDate.of(2015, 12, 1), VENUE, HOSTS, TOUR_ID))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "date"));
    }

    @Test
    void joinTour_makesTheVisitPartOfTheTour() {
        fixture.given(SCHEDULED)
               .when(new JoinTour(VISIT_ID, TOUR_ID))
               .expectEvents(new VisitJoinedTour(VISIT_ID, AARE, TOUR_ID, DAY, VENUE, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void joinTour_changesNothing_whenTheVisitIsAlreadyInThatTour() {
        fixture.given(SCHEDULED, JOINED)
               .when(new JoinTour(VISIT_ID, TOUR_ID))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void joinTour_movesTheVisitFromItsTourToAnother() {
        fixture.given(SCHEDULED, JOINED)
               .when(new JoinTour(VISIT_ID, OTHER_TOUR_ID))
               .expectEvents(new VisitJoinedTour(VISIT_ID, AARE, OTHER_TOUR_ID, DAY, VENUE, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void joinTour_isRefused_forAnUnknownTour() {
        fixture.given(SCHEDULED)
               .when(new JoinTour(VISIT_ID, "ingen-sadan-turne"))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "tourId"));
    }

    @Test
    void joinTour_isRefused_whenTheVisitsDateIsOutsideTheTour() {
        fixture.given(SCHEDULED, JOINED)
               .when(new JoinTour(VISIT_ID, SPRING_TOUR_ID))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "date"));
    }

    @Test
    void joinTour_isRefused_withoutATourId() {
        fixture.given(SCHEDULED)
               .when(new JoinTour(VISIT_ID, " "))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "tourId"));
    }

    @Test
    void joinTour_isRefused_whenTheVisitWasNeverScheduled() {
        fixture.givenNoPriorActivity()
               .when(new JoinTour(VISIT_ID, TOUR_ID))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void tagContribution_tagsItWithTheThemes() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(IDESLUSSAR, DIALOGPLATTFORM)))
               .expectEvents(new ContributionTagged(VISIT_ID, AARE, CONTRIBUTION_ID,
                                                    List.of(IDESLUSSAR, DIALOGPLATTFORM), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void tagContribution_changesNothing_forTheSameThemesInAnotherOrder() {
        fixture.given(SCHEDULED, RECORDED, TAGGED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(DIALOGPLATTFORM, IDESLUSSAR)))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void tagContribution_replacesTheEarlierThemes() {
        fixture.given(SCHEDULED, RECORDED, TAGGED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(IDESLUSSAR)))
               .expectEvents(new ContributionTagged(VISIT_ID, AARE, CONTRIBUTION_ID, List.of(IDESLUSSAR), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void tagContribution_recordsAMergedThemeAsTheThemeItWentInto() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(KREATIV_BYRAKRATI)))
               .expectEvents(new ContributionTagged(VISIT_ID, AARE, CONTRIBUTION_ID, List.of(ORGANISATIONSKULTUR),
                                                    NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void tagContribution_countsAMergedThemeAndTheThemeItWentIntoOnce() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID,
                                         List.of(KREATIV_BYRAKRATI, ORGANISATIONSKULTUR, KREATIV_BYRAKRATI)))
               .expectEvents(new ContributionTagged(VISIT_ID, AARE, CONTRIBUTION_ID, List.of(ORGANISATIONSKULTUR),
                                                    NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void tagContribution_isRefused_forARetiredTheme() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(IDESLUSSAR, DESIGN)))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeIds"));
    }

    @Test
    void tagContribution_isRefused_forAnUnknownTheme() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of("fjallturism")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeIds"));
    }

    @Test
    void tagContribution_isRefused_forABlankThemeId() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(IDESLUSSAR, " ")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeIds"));
    }

    @Test
    void tagContribution_isRefused_withoutAList() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeIds"));
    }

    @Test
    void tagContribution_isRefused_forMoreThan20Themes() {
        List<String> themes = IntStream.rangeClosed(1, 21).mapToObj(n -> "tema-" + n).toList();

        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, themes))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeIds"));
    }

    @Test
    void tagContribution_isRefused_whenTheContributionIsRetracted() {
        fixture.given(SCHEDULED, RECORDED, RETRACTED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(IDESLUSSAR)))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void tagContribution_isRefused_forAnUnknownContribution() {
        fixture.given(SCHEDULED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(IDESLUSSAR)))
               .expectNoEvents()
               .expectException(rejectedAs(NOT_FOUND, "contributionId"));
    }

    @Test
    void tagContribution_isAllowed_onAConcludedVisit() {
        fixture.given(SCHEDULED, RECORDED, CONCLUDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of(IDESLUSSAR)))
               .expectEvents(new ContributionTagged(VISIT_ID, AARE, CONTRIBUTION_ID, List.of(IDESLUSSAR), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void tagContribution_withAnEmptyList_removesEveryTag() {
        fixture.given(SCHEDULED, RECORDED, TAGGED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of()))
               .expectEvents(new ContributionTagged(VISIT_ID, AARE, CONTRIBUTION_ID, List.of(), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void tagContribution_withAnEmptyList_changesNothing_whenTheContributionHasNoTags() {
        fixture.given(SCHEDULED, RECORDED)
               .when(new TagContribution(VISIT_ID, CONTRIBUTION_ID, List.of()))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordContribution_recordsFeedbackOnAProposal() {
        fixture.given(SCHEDULED)
               .when(feedback(SUPPORT))
               .expectEvents(new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.FEEDBACK,
                                                      FEEDBACK_TEXT, Sector.ELECTED_OFFICIAL, NOW, SUPPORT))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void recordContribution_withFeedback_changesNothing_whenRepeatedIdentically() {
        fixture.given(SCHEDULED, new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.FEEDBACK,
                                                          FEEDBACK_TEXT, Sector.ELECTED_OFFICIAL, EARLIER, SUPPORT))
               .when(feedback(new ProposalFeedback(PROPOSAL_ID, Stance.SUPPORT)))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void recordContribution_withFeedback_isRefused_whenRepeatedWithAnotherStance() {
        fixture.given(SCHEDULED, new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.FEEDBACK,
                                                          FEEDBACK_TEXT, Sector.ELECTED_OFFICIAL, EARLIER, SUPPORT))
               .when(feedback(new ProposalFeedback(PROPOSAL_ID, Stance.CONCERN)))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void recordContribution_isRefused_forFeedbackWithoutTheProposalAndStance() {
        fixture.given(SCHEDULED)
               .when(feedback(null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "feedback"));
    }

    @Test
    void recordContribution_isRefused_forANeedWithFeedback() {
        fixture.given(SCHEDULED)
               .when(new RecordContribution(VISIT_ID, CONTRIBUTION_ID, ContributionKind.NEED, TEXT, Sector.CITIZEN,
                                            SUPPORT))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "feedback"));
    }

    @Test
    void recordContribution_isRefused_forFeedbackOnAnUnknownProposal() {
        fixture.given(SCHEDULED)
               .when(feedback(new ProposalFeedback("p-finns-inte", Stance.SUPPORT)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "feedback.proposalId"));
    }

    @Test
    void recordContribution_isRefused_forFeedbackWithoutAProposalId() {
        fixture.given(SCHEDULED)
               .when(feedback(new ProposalFeedback(" ", Stance.AMENDMENT)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "feedback.proposalId"));
    }

    @Test
    void recordContribution_isRefused_forFeedbackWithoutAStance() {
        fixture.given(SCHEDULED)
               .when(feedback(new ProposalFeedback(PROPOSAL_ID, null)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "feedback.stance"));
    }

    private static RecordContribution feedback(ProposalFeedback feedback) {
        return new RecordContribution(VISIT_ID, CONTRIBUTION_ID, ContributionKind.FEEDBACK, FEEDBACK_TEXT,
                                      Sector.ELECTED_OFFICIAL, feedback);
    }

    private static RecordContribution record(String text) {
        return new RecordContribution(VISIT_ID, CONTRIBUTION_ID, ContributionKind.NEED, text, Sector.CITIZEN);
    }

    private static RecordContribution loggedAt(Instant loggedAt) {
        return new RecordContribution(VISIT_ID, CONTRIBUTION_ID, ContributionKind.NEED, TEXT, Sector.CITIZEN, null,
                                      loggedAt);
    }

    private static ContributionRecorded recordedAt(Instant loggedAt) {
        return new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED, TEXT, Sector.CITIZEN,
                                        EARLIER, null, loggedAt);
    }

    private static AttendanceRecorded attendanceRecorded() {
        return new AttendanceRecorded(VISIT_ID, AARE, attendance(Sector.CITIZEN, 14, Sector.BUSINESS, 5), EARLIER);
    }

    private static Map<Sector, Integer> attendance(Sector first, int firstCount, Sector second, int secondCount) {
        Map<Sector, Integer> participants = new EnumMap<>(Sector.class);
        participants.put(first, firstCount);
        participants.put(second, secondCount);
        return participants;
    }
}
