package se.nyskapa.query.history;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import se.nyskapa.history.FindHistory;
import se.nyskapa.history.HistoryView;
import se.nyskapa.history.HistoryView.Change;
import se.nyskapa.history.HistoryView.Entry;
import se.nyskapa.history.HistoryView.Part;
import se.nyskapa.programme.DraftPublished;
import se.nyskapa.programme.DraftPublished.PublishedFocusArea;
import se.nyskapa.programme.DraftPublished.PublishedProposal;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.proposal.Assessment;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalAssessed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitSummary;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.history.HistoryView.Subject.CONTRIBUTION;
import static se.nyskapa.history.HistoryView.Subject.PROGRAMME;
import static se.nyskapa.history.HistoryView.Subject.PROPOSAL;
import static se.nyskapa.history.HistoryView.Subject.THEME;
import static se.nyskapa.history.HistoryView.Subject.TOUR;
import static se.nyskapa.history.HistoryView.Subject.VISIT;
import static se.nyskapa.proposal.ProposalStatus.DRAFT;
import static se.nyskapa.proposal.ProposalStatus.UNDER_REVIEW;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;

@ProjectionTest
class HistoryTests {

    private static final String TAXONOMY = "SE-Z";
    private static final VisitEvents ARE = new VisitEvents("besok-are", "2321");
    private static final Instant AT = Instant.parse("2015-11-12T09:00:00Z");
    private static final String ANNA = "Anna Berg";
    private static final String ERIK = "Erik Ek";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    QueryGateway queries;
    @Autowired
    WebApplicationContext web;

    @Test
    void aContributionsHistory_isItsRecordingAmendmentTagsAndRetraction_withBeforeAfterAndWho() {
        events.publishAs(ANNA, ARE.scheduled(TODAY, "Åre kommunhus", ANNA),
                         ARE.recorded("c-1", NEED, CITIZEN, "Fler mötesplatser", AT),
                         ARE.recorded("c-2", IDEA, BUSINESS, "En idésluss", AT.plusSeconds(60)));
        events.publishAs(ERIK, ARE.amended("c-1", "Fler mötesplatser för unga", AT.plusSeconds(120)),
                         ARE.amended("c-2", "En idésluss på gymnasiet", AT.plusSeconds(180)),
                         new ContributionTagged(ARE.visitId(), "2321", "c-1", List.of("motesplatser", "unga"),
                                                AT.plusSeconds(240)),
                         ARE.amended("c-1", "Fler mötesplatser för unga, även på kvällstid", AT.plusSeconds(300)));
        events.publishAs(ANNA, ARE.retracted("c-1", "Dubblett", AT.plusSeconds(360)));
        projections.awaitCaughtUp();

        HistoryView history = history("c-1").orElseThrow();

        assertThat(history.subject()).isEqualTo(CONTRIBUTION);
        assertThat(history.aggregateId()).isEqualTo(ARE.visitId());
        assertThat(history.totalEvents()).isEqualTo(5);
        assertThat(history.events()).extracting(Entry::sequence).containsExactly(1L, 3L, 5L, 6L, 7L);
        assertThat(history.events()).extracting(Entry::type).containsExactly(
                "ContributionRecorded", "ContributionAmended", "ContributionTagged", "ContributionAmended",
                "ContributionRetracted");
        assertThat(history.events()).extracting(Entry::user).containsExactly(ANNA, ERIK, ERIK, ERIK, ANNA);
        assertThat(history.events()).extracting(Entry::part).containsOnlyNulls();
        assertThat(history.events()).extracting(Entry::changes).containsExactly(
                List.of(change("municipalityCode", null, "2321"), change("kind", null, NEED),
                        change("text", null, "Fler mötesplatser"), change("sector", null, CITIZEN)),
                List.of(change("text", "Fler mötesplatser", "Fler mötesplatser för unga")),
                List.of(change("themeIds", null, List.of("motesplatser", "unga"))),
                List.of(change("text", "Fler mötesplatser för unga",
                               "Fler mötesplatser för unga, även på kvällstid")),
                List.of(change("reason", null, "Dubblett")));
    }

    /**
     * The device's time is a time the event carries, like the server's: both are left out of the changes (the entry
     * has its own time), so a contribution reads the same in its history whether its device said when it was logged
     * or not. Its page shows both times.
     */
    @Test
    void theTimeADeviceLoggedAContributionAt_isNotAChangeInItsHistory() {
        events.publishAs(ANNA, ARE.scheduled(TODAY, "Åre kommunhus", ANNA),
                         new ContributionRecorded(ARE.visitId(), "2321", "c-1", NEED, "Bredband",
                                                  CITIZEN, AT, null, AT.minusSeconds(600)),
                         ARE.recorded("c-2", NEED, CITIZEN, "Bredband", AT));
        projections.awaitCaughtUp();

        assertThat(history("c-1").orElseThrow().events()).extracting(Entry::changes)
                                                          .isEqualTo(history("c-2").orElseThrow().events().stream()
                                                                                     .map(Entry::changes).toList());
    }

    @Test
    void eventsStoredBeforeEventsNamedTheirUser_showNoUser() {
        events.publish(ARE.scheduled(TODAY, "Åre kommunhus"), ARE.recorded("c-1", NEED, CITIZEN, "Bredband", AT));
        projections.awaitCaughtUp();

        assertThat(history("c-1").orElseThrow().events()).extracting(Entry::user).containsExactly((String) null);
    }

    @Test
    void aThemesHistory_isItsDefinitionRenamingAndMerge_andTheMergeIsInTheOtherThemesHistoryToo() {
        events.publishAs(ANNA, new ThemeDefined(TAXONOMY, "motesplatser", "Mötesplatser", AT),
                         new ThemeDefined(TAXONOMY, "dialogplattform", "Dialogplattform", AT),
                         new ThemeDefined(TAXONOMY, "bredband", "Bredband", AT),
                         new ThemeRenamed(TAXONOMY, "motesplatser", "Mötesplatser för unga", AT),
                         new ThemeRetired(TAXONOMY, "bredband", AT));
        events.publishAs(ERIK, new ThemeMerged(TAXONOMY, "motesplatser", "dialogplattform", AT));

        HistoryView merged = history("motesplatser").orElseThrow();
        HistoryView into = history("dialogplattform").orElseThrow();

        assertThat(merged.subject()).isEqualTo(THEME);
        assertThat(merged.aggregateId()).isEqualTo(TAXONOMY);
        assertThat(withoutTime(merged.events())).containsExactly(
                entry(0, "ThemeDefined", ANNA, change("name", null, "Mötesplatser")),
                entry(3, "ThemeRenamed", ANNA, change("name", "Mötesplatser", "Mötesplatser för unga")),
                entry(5, "ThemeMerged", ERIK, change("intoThemeId", null, "dialogplattform")));
        assertThat(withoutTime(into.events())).containsExactly(
                entry(1, "ThemeDefined", ANNA, change("name", null, "Dialogplattform")),
                entry(5, "ThemeMerged", ERIK, change("mergedFrom", null, List.of("motesplatser"))));
        assertThat(history("bredband").orElseThrow().events()).extracting(Entry::type)
                                                            .containsExactly("ThemeDefined", "ThemeRetired");
    }

    @Test
    void aProposalsHistory_showsItsEvidenceStatusAndTextAsTheyChanged() {
        events.publishAs(ANNA,
                         new ProposalDrafted("p-1", "Idéslussar", "Ett stöd för idéer", "ideslussar",
                                             List.of(evidence("c-1"), evidence("c-2")), AT),
                         new EvidenceLinked("p-1", evidence("c-3"), AT),
                         new EvidenceUnlinked("p-1", "c-1", AT),
                         new ProposalRevised("p-1", "Idéslussar i varje kommun", "Ett stöd för idéer", "ideslussar",
                                             AT),
                         new ProposalAssessed("p-1", new Assessment(4, 3, "Stort stöd", ANNA), AT),
                         new ProposalStatusChanged("p-1", DRAFT, UNDER_REVIEW, "Till nämnden", AT),
                         new ProposalAbsorbed("p-1", "p-2", List.of(evidence("c-9")), AT),
                         new ProposalSplit("p-1", "p-4", List.of("c-2"), AT));

        HistoryView history = history("p-1").orElseThrow();

        assertThat(history.subject()).isEqualTo(PROPOSAL);
        assertThat(history.events()).extracting(Entry::changes).containsExactly(
                List.of(change("title", null, "Idéslussar"), change("description", null, "Ett stöd för idéer"),
                        change("themeId", null, "ideslussar"), change("evidence", null, List.of("c-1", "c-2"))),
                List.of(change("evidence", List.of("c-1", "c-2"), List.of("c-1", "c-2", "c-3"))),
                List.of(change("evidence", List.of("c-1", "c-2", "c-3"), List.of("c-2", "c-3"))),
                List.of(change("title", "Idéslussar", "Idéslussar i varje kommun")),
                List.of(change("assessment", null, Map.of("impact", 4, "feasibility", 3,
                                                          "rationale", "Stort stöd", "assessedBy", ANNA))),
                List.of(change("status", DRAFT, UNDER_REVIEW), change("note", null, "Till nämnden")),
                List.of(change("mergedFrom", null, List.of("p-2")),
                        change("evidence", List.of("c-2", "c-3"), List.of("c-2", "c-3", "c-9"))),
                List.of(change("splitInto", null, List.of("p-4")),
                        change("evidence", List.of("c-2", "c-3", "c-9"), List.of("c-3", "c-9"))));
    }

    @Test
    void aVisitsHistory_showsWhichContributionEachEventIsAbout() {
        VisitSummary summary = new VisitSummary("Dialog", null, null, null, null, null, null);
        events.publishAs(ANNA, new TourPlanned("kalas", "Kalasturné", TODAY.minusDays(3), TODAY.plusDays(14), AT));
        events.publishAs(ANNA, ARE.scheduled(TODAY, "Åre kommunhus", ANNA),
                         new VisitJoinedTour(ARE.visitId(), "2321", "kalas", TODAY, "Åre kommunhus", AT),
                         ARE.recorded("c-1", NEED, CITIZEN, "Bredband", AT),
                         ARE.amended("c-1", "Bredband i byarna", AT),
                         ARE.attendance(Map.of(Sector.CITIZEN, 12), AT),
                         ARE.concluded(summary, AT),
                         ARE.reopened(AT));

        HistoryView history = history(ARE.visitId()).orElseThrow();

        assertThat(history.subject()).isEqualTo(VISIT);
        assertThat(withoutTime(history.events())).containsExactly(
                new Entry(0, null, "VisitScheduled", ANNA, null, List.of(
                        change("municipalityCode", null, "2321"), change("date", null, "2015-11-12"),
                        change("venue", null, "Åre kommunhus"), change("hosts", null, List.of(ANNA)))),
                new Entry(1, null, "VisitJoinedTour", ANNA, null,
                          List.of(change("tourId", null, "kalas"))),
                new Entry(2, null, "ContributionRecorded", ANNA, new Part("contributionId", "c-1"),
                          List.of(change("municipalityCode", null, "2321"), change("kind", null, NEED),
                                  change("text", null, "Bredband"), change("sector", null, CITIZEN))),
                new Entry(3, null, "ContributionAmended", ANNA,
                          new Part("contributionId", "c-1"), List.of(change("text", "Bredband", "Bredband i byarna"))),
                new Entry(4, null, "AttendanceRecorded", ANNA, null,
                          List.of(change("participants", null, Map.of("CITIZEN", 12)))),
                new Entry(5, null, "VisitConcluded", ANNA, null,
                          List.of(change("summary", null, summary))),
                new Entry(6, null, "VisitReopened", ANNA, null, List.of()));
        assertThat(history("kalas").orElseThrow()).satisfies(tour -> {
            assertThat(tour.subject()).isEqualTo(TOUR);
            assertThat(tour.events()).singleElement().extracting(Entry::changes).isEqualTo(List.of(
                    change("name", null, "Kalasturné"), change("startDate", null, "2015-11-09"),
                    change("endDate", null, "2015-11-26")));
        });
    }

    @Test
    void aVisitWithHundredsOfContributions_isPagedAHundredEventsAPage_oldestFirst() {
        List<Object> visit = new ArrayList<>();
        visit.add(ARE.scheduled(TODAY, "Åre kommunhus"));
        for (int c = 0; c < 250; c++) {
            visit.add(ARE.recorded("c-" + c, NEED, CITIZEN, "Inspel " + c, AT.plusSeconds(c)));
        }
        events.publishAs(ANNA, visit);

        HistoryView first = queries.query(new FindHistory(ARE.visitId(), 0), HistoryView.class).join();
        HistoryView last = queries.query(new FindHistory(ARE.visitId(), 2), HistoryView.class).join();
        HistoryView beyond = queries.query(new FindHistory(ARE.visitId(), 3), HistoryView.class).join();

        assertThat(first.totalEvents()).isEqualTo(251);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.pageSize()).isEqualTo(100);
        assertThat(first.events()).hasSize(100);
        assertThat(first.events().get(0).type()).isEqualTo("VisitScheduled");
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.events()).extracting(Entry::sequence).hasSize(51).startsWith(200L).endsWith(250L);
        assertThat(last.events().get(50).part()).isEqualTo(new Part("contributionId", "c-249"));
        assertThat(beyond.events()).isEmpty();
        assertThat(beyond.totalEvents()).isEqualTo(251);
    }

    @Test
    void aProgrammesHistory_showsFocusAreasAndPlacementsAsItsParts() {
        String programme = "ip-2025";
        events.publishAs(ANNA, new ProgrammeStarted(programme, "Innovationsprogram 2025", 2025, AT),
                         new FocusAreaAdded(programme, "ideer", "Idéer", AT),
                         new FocusAreaAdded(programme, "halsa", "Hälsa", AT),
                         new FocusAreaRenamed(programme, "ideer", "Idéer som blir verklighet", AT),
                         new ProposalPlaced(programme, "p-1", "ideer", null, AT),
                         new DraftPublished(programme, 1, "Första utkastet", "Innovationsprogram 2025", List.of(
                                 new PublishedFocusArea("ideer", "Idéer som blir verklighet",
                                                        List.of(new PublishedProposal("p-1", 3)))), AT),
                         new ProposalPlaced(programme, "p-1", "halsa", "ideer", AT),
                         new ProposalRemoved(programme, "p-1", "halsa", AT),
                         new ProgrammeAdopted(programme, 1, AT));

        HistoryView history = history(programme).orElseThrow();

        assertThat(history.subject()).isEqualTo(PROGRAMME);
        assertThat(history.events()).extracting(Entry::part).containsExactly(
                null, new Part("focusAreaId", "ideer"), new Part("focusAreaId", "halsa"),
                new Part("focusAreaId", "ideer"), new Part("proposalId", "p-1"), null, new Part("proposalId", "p-1"),
                new Part("proposalId", "p-1"), null);
        assertThat(history.events()).extracting(Entry::changes).containsExactly(
                List.of(change("name", null, "Innovationsprogram 2025"), change("horizonYear", null, 2025)),
                List.of(change("name", null, "Idéer")),
                List.of(change("name", null, "Hälsa")),
                List.of(change("name", "Idéer", "Idéer som blir verklighet")),
                List.of(change("focusAreaId", null, "ideer")),
                List.of(change("version", null, 1), change("note", null, "Första utkastet"),
                        change("focusAreas", null, List.of(Map.of(
                                "focusAreaId", "ideer", "name", "Idéer som blir verklighet",
                                "proposals", List.of(Map.of("proposalId", "p-1", "proposalVersion", 3L)))))),
                List.of(change("focusAreaId", "ideer", "halsa")),
                List.of(change("focusAreaId", "halsa", null)),
                List.of(change("adoptedVersion", null, 1)));
    }

    @Test
    void anIdOfNothing_isNotFound_namingTheId() {
        events.publish(new ThemeDefined(TAXONOMY, "motesplatser", "Mötesplatser", AT));

        assertThat(history("okand")).isEmpty();
        assertThat(history(TAXONOMY)).as("the taxonomy is read as its themes").isEmpty();
        assertThat(mvc().get().uri("/api/history/okand"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void aMalformedIdOrPage_isRefused_namingTheParameter() {
        assertThat(mvc().get().uri("/api/history/{id}", "inte ett id"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
        assertThat(mvc().get().uri("/api/history/{id}", "a".repeat(65))).hasStatus(400);
        assertThat(mvc().get().uri("/api/history/{id}?page=-1", "okand"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void overHttp_eachChangeIsItsValueBeforeAndAfter() {
        events.publishAs(ANNA, ARE.scheduled(TODAY, "Åre kommunhus"),
                         ARE.recorded("c-1", NEED, CITIZEN, "Bredband", AT));
        events.publishAs(ERIK, ARE.amended("c-1", "Bredband i byarna", AT));
        projections.awaitCaughtUp();

        var response = assertThat(mvc().get().uri("/api/history/c-1")).hasStatusOk().bodyJson();
        response.extractingPath("$.subject").isEqualTo("CONTRIBUTION");
        response.extractingPath("$.events[1].type").isEqualTo("ContributionAmended");
        response.extractingPath("$.events[1].user").isEqualTo(ERIK);
        response.extractingPath("$.events[1].changes[0].field").isEqualTo("text");
        response.extractingPath("$.events[1].changes[0].before").isEqualTo("Bredband");
        response.extractingPath("$.events[1].changes[0].after").isEqualTo("Bredband i byarna");
        response.extractingPath("$.events[0].changes[0].before").isNull();
    }

    private Optional<HistoryView> history(String id) {
        return queries.query(new FindHistory(id, 0), ResponseTypes.optionalInstanceOf(HistoryView.class)).join();
    }

    private MockMvcTester mvc() {
        return MockMvcTester.from(web);
    }

    private static Evidence evidence(String contributionId) {
        return new Evidence(contributionId, ARE.visitId(), "2321");
    }

    private static Change change(String field, Object before, Object after) {
        return new Change(field, JSON.valueToTree(before), JSON.valueToTree(after));
    }

    /** An entry of a whole subject, without its time: the event store sets that when the event is appended. */
    private static Entry entry(long sequence, String type, String user, Change... changes) {
        return new Entry(sequence, null, type, user, null, List.of(changes));
    }

    private static List<Entry> withoutTime(List<Entry> entries) {
        return entries.stream().map(e -> new Entry(e.sequence(), null, e.type(), e.user(), e.part(), e.changes()))
                      .toList();
    }
}
