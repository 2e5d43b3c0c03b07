package se.nyskapa.query.feedback;

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
import se.nyskapa.feedback.FindMunicipalityFeedback;
import se.nyskapa.feedback.MunicipalityFeedbackView;
import se.nyskapa.feedback.MunicipalityFeedbackView.Heard;
import se.nyskapa.feedback.MunicipalityFeedbackView.Placement;
import se.nyskapa.feedback.MunicipalityFeedbackView.ProposalEntry;
import se.nyskapa.municipality.MunicipalityView.SupportedProposal;
import se.nyskapa.programme.DraftPublished;
import se.nyskapa.programme.DraftPublished.PublishedFocusArea;
import se.nyskapa.programme.DraftPublished.PublishedProposal;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.query.Deliveries;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.visit.ContributionKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import static se.nyskapa.programme.ProgrammeStatus.ADOPTED;
import static se.nyskapa.programme.ProgrammeStatus.DRAFT;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.ContributionKind.OPPORTUNITY;
import static se.nyskapa.visit.ContributionKind.RESOURCE;
import static se.nyskapa.visit.Sector.ACADEMIA;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;
import static se.nyskapa.visit.Sector.CIVIL_SOCIETY;
import static se.nyskapa.visit.Sector.ELECTED_OFFICIAL;
import static se.nyskapa.visit.Sector.MUNICIPAL_STAFF;

@ProjectionTest
class MunicipalityFeedbackTests {

    private static final VisitEvents ARE = new VisitEvents("besok-are", "2321");
    private static final VisitEvents KROKOM = new VisitEvents("besok-krokom", "2309");
    private static final VisitEvents OSTERSUND = new VisitEvents("besok-ostersund", "2380");
    private static final LocalDate ARE_DATE = TODAY.minusDays(7);
    private static final LocalDate KROKOM_DATE = TODAY.minusDays(3);
    private static final LocalDate OSTERSUND_DATE = TODAY.minusDays(2);
    private static final Instant AT_ARE = Instant.parse("2015-11-05T09:00:00Z");
    private static final Instant AT_KROKOM = Instant.parse("2015-11-09T13:00:00Z");
    private static final Instant AT_OSTERSUND = Instant.parse("2015-11-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2015-11-11T08:00:00Z");

    private static final String BREDBAND = "forslag-bredband";
    private static final String MOBILITET = "forslag-mobilitet";
    private static final String KOMPETENS = "forslag-kompetens";
    private static final String SAMAKNING = "forslag-samakning";
    private static final String PRAKTIK = "forslag-praktik";
    private static final String PROGRAM_2025 = "program-2025";
    private static final String PROGRAM_2030 = "program-2030";
    private static final String THEME = "kreativ-byrakrati";

    @Autowired
    Projections projections;
    @Autowired
    Deliveries deliveries;
    @Autowired
    QueryGateway queries;
    @Autowired
    FeedbackProjection projection;
    @Autowired
    WebApplicationContext web;
    @Autowired
    TokenStore tokenStore;

    @Autowired
    EventLog events;


    @Test
    void feedbackShowsWhatWasHeardAndWhereEachContributionWent() {
        publishVisits();
        publishProposalsAndProgrammes();

        MunicipalityFeedbackView are = feedback("2321").orElseThrow();

        assertThat(are.code()).isEqualTo("2321");
        assertThat(are.name()).isEqualTo("Åre");
        assertThat(are.heard()).isEqualTo(5);
        assertThat(are.inProposals()).isEqualTo(4);
        assertThat(are.heardByKind()).isEqualTo(Map.<ContributionKind, Long>of(
                NEED, 2L, IDEA, 1L, OPPORTUNITY, 1L, RESOURCE, 1L));
        assertThat(are.contributions()).containsExactly(
                new Heard("c-are-6", ARE.visitId(), ARE_DATE, RESOURCE, MUNICIPAL_STAFF, "Kommunens mötesrum",
                          AT_ARE.plusSeconds(300), List.of()),
                new Heard("c-are-4", ARE.visitId(), ARE_DATE, NEED, ELECTED_OFFICIAL, "Fler praktikplatser för unga",
                          AT_ARE.plusSeconds(180), List.of(PRAKTIK)),
                new Heard("c-are-3", ARE.visitId(), ARE_DATE, OPPORTUNITY, MUNICIPAL_STAFF, "Tomma lokaler i Järpen",
                          AT_ARE.plusSeconds(120), List.of(BREDBAND)),
                new Heard("c-are-2", ARE.visitId(), ARE_DATE, IDEA, BUSINESS, "Samåkning till jobbet",
                          AT_ARE.plusSeconds(60), List.of(MOBILITET, SAMAKNING)),
                new Heard("c-are-1", ARE.visitId(), ARE_DATE, NEED, CITIZEN, "Bredband i byarna",
                          AT_ARE, List.of(BREDBAND)));
        assertThat(are.proposals()).containsExactly(
                new ProposalEntry(BREDBAND, "Fiber till varje by", ProposalStatus.INCLUDED, 2, List.of(
                        new Placement(PROGRAM_2025, "Innovationsprogram 2025", ADOPTED, "fa-digital",
                                      "Digital infrastruktur och bredband"))),
                new ProposalEntry(MOBILITET, "Hållbart resande", ProposalStatus.DRAFT, 1, List.of(
                        new Placement(PROGRAM_2025, "Innovationsprogram 2025", ADOPTED, "fa-resor",
                                      "Hållbara resor"))),
                new ProposalEntry(PRAKTIK, "Praktikplatser för unga", ProposalStatus.DRAFT, 1, List.of(
                        new Placement(PROGRAM_2025, "Innovationsprogram 2025", ADOPTED, "fa-kompetens",
                                      "Kompetensförsörjning"))),
                new ProposalEntry(SAMAKNING, "Samåkningsapp", ProposalStatus.MERGED, 1, List.of()));

        MunicipalityFeedbackView ostersund = feedback("2380").orElseThrow();
        assertThat(ostersund.name()).isEqualTo("Östersund");
        assertThat(ostersund.heard()).isEqualTo(2);
        assertThat(ostersund.inProposals()).isEqualTo(2);
        assertThat(ostersund.heardByKind()).isEqualTo(Map.<ContributionKind, Long>of(NEED, 1L, IDEA, 1L));
        assertThat(ostersund.contributions()).containsExactly(
                new Heard("c-osd-2", OSTERSUND.visitId(), OSTERSUND_DATE, IDEA, CITIZEN, "Lånecyklar vid resecentrum",
                          AT_OSTERSUND.plusSeconds(60), List.of(MOBILITET)),
                new Heard("c-osd-1", OSTERSUND.visitId(), OSTERSUND_DATE, NEED, ACADEMIA,
                          "Kompetensförsörjning i vården", AT_OSTERSUND, List.of(KOMPETENS)));
        assertThat(ostersund.proposals()).containsExactly(
                new ProposalEntry(KOMPETENS, "Kompetenslyft", ProposalStatus.DRAFT, 1, List.of(
                        new Placement(PROGRAM_2030, "Innovationsprogram 2030", DRAFT, "fa-framtid",
                                      "Framtidens kompetens"))),
                new ProposalEntry(MOBILITET, "Hållbart resande", ProposalStatus.DRAFT, 1, List.of(
                        new Placement(PROGRAM_2025, "Innovationsprogram 2025", ADOPTED, "fa-resor",
                                      "Hållbara resor"))));

        MunicipalityFeedbackView krokom = feedback("2309").orElseThrow();
        assertThat(krokom.name()).isEqualTo("Krokom");
        assertThat(krokom.heard()).isEqualTo(2);
        assertThat(krokom.inProposals()).isZero();
        assertThat(krokom.heardByKind()).isEqualTo(Map.<ContributionKind, Long>of(NEED, 1L, IDEA, 1L));
        assertThat(krokom.contributions()).containsExactly(
                new Heard("c-kro-2", KROKOM.visitId(), KROKOM_DATE, IDEA, CIVIL_SOCIETY, "Idésluss för föreningar",
                          AT_KROKOM.plusSeconds(60), List.of()),
                new Heard("c-kro-1", KROKOM.visitId(), KROKOM_DATE, NEED, CITIZEN, "Bättre kollektivtrafik",
                          AT_KROKOM, List.of()));
        assertThat(krokom.proposals()).isEmpty();
    }

    @Test
    void aKnownKommunWithNothingHeardHasAnEmptyViewAndAnUnknownCodeNone() {
        publishVisits();
        publishProposalsAndProgrammes();

        assertThat(feedback("2326")).contains(
                new MunicipalityFeedbackView("2326", "Berg", 0, 0, Map.of(), List.of(), List.of()));
        assertThat(feedback("9999")).isEmpty();
        assertThat(projection.proposalsSupportedBy("2326")).isEmpty();
        assertThat(projection.proposalsSupportedBy("9999")).isEmpty();
    }

    @Test
    void proposalsSupportedByAKommunLeaveOutMergedOnesAndCountOnlyLiveContributions() {
        publishVisits();
        publishProposalsAndProgrammes();
        projections.awaitCaughtUp();

        assertThat(projection.proposalsSupportedBy("2321")).containsExactly(
                new SupportedProposal(BREDBAND, "Fiber till varje by", ProposalStatus.INCLUDED, 2),
                new SupportedProposal(MOBILITET, "Hållbart resande", ProposalStatus.DRAFT, 1),
                new SupportedProposal(PRAKTIK, "Praktikplatser för unga", ProposalStatus.DRAFT, 1));
        assertThat(projection.proposalsSupportedBy("2380")).containsExactly(
                new SupportedProposal(KOMPETENS, "Kompetenslyft", ProposalStatus.DRAFT, 1),
                new SupportedProposal(MOBILITET, "Hållbart resande", ProposalStatus.DRAFT, 1));
        assertThat(projection.proposalsSupportedBy("2309")).isEmpty();
    }

    @Test
    void linkedEvidenceShowsUpAndUnlinkedEvidenceLeavesTheKommun() {
        publishVisits();
        events.publish(drafted(BREDBAND, "Bredband till alla byar", ARE, "c-are-1", KROKOM, "c-kro-1"));

        assertThat(feedback("2309").orElseThrow().proposals())
                .containsExactly(new ProposalEntry(BREDBAND, "Bredband till alla byar", ProposalStatus.DRAFT, 1,
                                                   List.of()));
        assertThat(proposalIdsOf("2309", "c-kro-1")).containsExactly(BREDBAND);

        events.publish(new EvidenceLinked(BREDBAND, evidence(ARE, "c-are-3"), LATER));

        MunicipalityFeedbackView are = feedback("2321").orElseThrow();
        assertThat(are.inProposals()).isEqualTo(2);
        assertThat(are.proposals()).extracting(ProposalEntry::proposalId, ProposalEntry::citedContributions)
                                   .containsExactly(tuple(BREDBAND, 2));
        assertThat(proposalIdsOf("2321", "c-are-3")).containsExactly(BREDBAND);

        events.publish(new EvidenceUnlinked(BREDBAND, "c-kro-1", LATER.plusSeconds(60)),
                       new EvidenceUnlinked(BREDBAND, "c-are-3", LATER.plusSeconds(120)));

        MunicipalityFeedbackView krokom = feedback("2309").orElseThrow();
        assertThat(krokom.proposals()).isEmpty();
        assertThat(krokom.inProposals()).isZero();
        assertThat(krokom.heard()).isEqualTo(2);
        assertThat(proposalIdsOf("2309", "c-kro-1")).isEmpty();
        MunicipalityFeedbackView areAfter = feedback("2321").orElseThrow();
        assertThat(areAfter.inProposals()).isEqualTo(1);
        assertThat(areAfter.proposals()).extracting(ProposalEntry::citedContributions).containsExactly(1);
        assertThat(proposalIdsOf("2321", "c-are-3")).isEmpty();
    }

    @Test
    void aRetractedContributionLeavesWhatWasHeardAndTheProposalsCitingIt() {
        publishVisits();
        events.publish(drafted(BREDBAND, "Bredband till alla byar", ARE, "c-are-1", ARE, "c-are-5", KROKOM,
                               "c-kro-1"));

        MunicipalityFeedbackView before = feedback("2321").orElseThrow();
        assertThat(before.heard()).isEqualTo(6);
        assertThat(before.inProposals()).isEqualTo(2);
        assertThat(before.heardByKind()).containsEntry(RESOURCE, 2L);
        assertThat(before.proposals()).extracting(ProposalEntry::citedContributions).containsExactly(2);

        events.publish(ARE.retracted("c-are-5", "Hör till Berg", LATER),
                       KROKOM.retracted("c-kro-1", "Dubblett", LATER.plusSeconds(60)));

        MunicipalityFeedbackView are = feedback("2321").orElseThrow();
        assertThat(are.heard()).isEqualTo(5);
        assertThat(are.inProposals()).isEqualTo(1);
        assertThat(are.heardByKind()).containsEntry(RESOURCE, 1L);
        assertThat(are.contributions()).extracting(Heard::contributionId).doesNotContain("c-are-5");
        assertThat(are.proposals()).extracting(ProposalEntry::citedContributions).containsExactly(1);
        assertThat(projection.proposalsSupportedBy("2321"))
                .containsExactly(new SupportedProposal(BREDBAND, "Bredband till alla byar", ProposalStatus.DRAFT, 1));

        MunicipalityFeedbackView krokom = feedback("2309").orElseThrow();
        assertThat(krokom.heard()).isEqualTo(1);
        assertThat(krokom.inProposals()).isZero();
        assertThat(krokom.proposals()).isEmpty();
        assertThat(projection.proposalsSupportedBy("2309")).isEmpty();
    }

    @Test
    void aMergedProposalShowsAsMergedAndItsTargetCitesItsEvidence() {
        publishVisits();
        events.publish(drafted(MOBILITET, "Hållbart resande", OSTERSUND, "c-osd-2"),
                       drafted(SAMAKNING, "Samåkningsapp", ARE, "c-are-2"));

        assertThat(feedback("2321").orElseThrow().proposals()).containsExactly(
                new ProposalEntry(SAMAKNING, "Samåkningsapp", ProposalStatus.DRAFT, 1, List.of()));

        events.publish(new ProposalMerged(SAMAKNING, MOBILITET, LATER),
                       new ProposalAbsorbed(MOBILITET, SAMAKNING, List.of(evidence(ARE, "c-are-2")), LATER));

        MunicipalityFeedbackView are = feedback("2321").orElseThrow();
        assertThat(are.proposals()).containsExactly(
                new ProposalEntry(MOBILITET, "Hållbart resande", ProposalStatus.DRAFT, 1, List.of()),
                new ProposalEntry(SAMAKNING, "Samåkningsapp", ProposalStatus.MERGED, 1, List.of()));
        assertThat(proposalIdsOf("2321", "c-are-2")).containsExactly(MOBILITET, SAMAKNING);
        assertThat(are.inProposals()).isEqualTo(1);
        assertThat(projection.proposalsSupportedBy("2321"))
                .containsExactly(new SupportedProposal(MOBILITET, "Hållbart resande", ProposalStatus.DRAFT, 1));
        assertThat(feedback("2380").orElseThrow().proposals()).extracting(ProposalEntry::proposalId)
                                                              .containsExactly(MOBILITET);
    }

    @Test
    void aSplitMovesEvidenceToTheNewProposal() {
        publishVisits();
        events.publish(drafted(KOMPETENS, "Kompetenslyft", OSTERSUND, "c-osd-1", ARE, "c-are-4"));

        assertThat(feedback("2321").orElseThrow().proposals()).extracting(ProposalEntry::proposalId)
                                                              .containsExactly(KOMPETENS);

        events.publish(new ProposalSplit(KOMPETENS, PRAKTIK, List.of("c-are-4"), LATER),
                       new ProposalSplitOff(PRAKTIK, KOMPETENS, "Praktikplatser för unga", "Fler platser", THEME,
                                            List.of(evidence(ARE, "c-are-4")), LATER));

        MunicipalityFeedbackView are = feedback("2321").orElseThrow();
        assertThat(are.proposals()).containsExactly(
                new ProposalEntry(PRAKTIK, "Praktikplatser för unga", ProposalStatus.DRAFT, 1, List.of()));
        assertThat(proposalIdsOf("2321", "c-are-4")).containsExactly(PRAKTIK);
        assertThat(feedback("2380").orElseThrow().proposals()).containsExactly(
                new ProposalEntry(KOMPETENS, "Kompetenslyft", ProposalStatus.DRAFT, 1, List.of()));
    }

    @Test
    void placementsFocusAreaRenamesAndAdoptionShowUpInTheKommunsView() {
        publishVisits();
        events.publish(drafted(BREDBAND, "Bredband till alla byar", ARE, "c-are-1"),
                       drafted(MOBILITET, "Hållbart resande", ARE, "c-are-2"),
                       new ProgrammeStarted(PROGRAM_2025, "Innovationsprogram 2025", 2025, LATER),
                       new FocusAreaAdded(PROGRAM_2025, "fa-digital", "Digital infrastruktur", LATER),
                       new FocusAreaAdded(PROGRAM_2025, "fa-resor", "Hållbara resor", LATER),
                       new ProposalPlaced(PROGRAM_2025, BREDBAND, "fa-digital", null, LATER));

        assertThat(placementsOf("2321", BREDBAND)).containsExactly(
                new Placement(PROGRAM_2025, "Innovationsprogram 2025", DRAFT, "fa-digital", "Digital infrastruktur"));
        assertThat(placementsOf("2321", MOBILITET)).isEmpty();

        events.publish(new ProposalPlaced(PROGRAM_2025, MOBILITET, "fa-digital", null, LATER),
                       new ProposalPlaced(PROGRAM_2025, MOBILITET, "fa-resor", "fa-digital", LATER),
                       new FocusAreaRenamed(PROGRAM_2025, "fa-digital", "Digital infrastruktur och bredband", LATER));

        assertThat(placementsOf("2321", BREDBAND)).containsExactly(
                new Placement(PROGRAM_2025, "Innovationsprogram 2025", DRAFT, "fa-digital",
                              "Digital infrastruktur och bredband"));
        assertThat(placementsOf("2321", MOBILITET)).containsExactly(
                new Placement(PROGRAM_2025, "Innovationsprogram 2025", DRAFT, "fa-resor", "Hållbara resor"));

        events.publish(new ProposalRemoved(PROGRAM_2025, MOBILITET, "fa-resor", LATER),
                       published(PROGRAM_2025, "Innovationsprogram 2025", "fa-digital",
                                 "Digital infrastruktur och bredband", BREDBAND),
                       new ProgrammeAdopted(PROGRAM_2025, 1, LATER));

        assertThat(placementsOf("2321", BREDBAND)).containsExactly(
                new Placement(PROGRAM_2025, "Innovationsprogram 2025", ADOPTED, "fa-digital",
                              "Digital infrastruktur och bredband"));
        assertThat(placementsOf("2321", MOBILITET)).isEmpty();
    }

    @Test
    void idsWithDotsAndDollarsAreTakenAsTheyAre() {
        VisitEvents dotted = new VisitEvents("besok.are.2015-11-05", "2321");
        events.publish(dotted.scheduled(ARE_DATE, "Holiday Club", "Anna Berg"),
                       dotted.recorded("c.are.1", NEED, CITIZEN, "Bredband i byarna", AT_ARE),
                       drafted("$forslag.bredband", "Bredband till alla byar", dotted, "c.are.1"),
                       new ProgrammeStarted("program.2025", "Innovationsprogram 2025", 2025, LATER),
                       new FocusAreaAdded("program.2025", "fa.digital", "Digital infrastruktur", LATER),
                       new ProposalPlaced("program.2025", "$forslag.bredband", "fa.digital", null, LATER));
        awaitThisProjection();

        MunicipalityFeedbackView are = queries.query(new FindMunicipalityFeedback("2321"),
                                                     ResponseTypes.optionalInstanceOf(MunicipalityFeedbackView.class))
                                              .join().orElseThrow();
        assertThat(are.contributions()).extracting(Heard::contributionId, Heard::visitId, Heard::proposalIds)
                                       .containsExactly(tuple("c.are.1", "besok.are.2015-11-05",
                                                              List.of("$forslag.bredband")));
        assertThat(are.proposals()).containsExactly(new ProposalEntry(
                "$forslag.bredband", "Bredband till alla byar", ProposalStatus.DRAFT, 1, List.of(
                new Placement("program.2025", "Innovationsprogram 2025", DRAFT, "fa.digital",
                              "Digital infrastruktur"))));
    }

    @Test
    void redeliveredEventsChangeNoDocument() {
        publishVisits();
        publishProposalsAndProgrammes();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        MunicipalityFeedbackView before = feedback("2321").orElseThrow();

        for (long rewoundTo : List.of(projections.head() / 2, projections.head() - 5, 0L)) {
            long deliveredBefore = deliveries.of(FeedbackProjection.PROCESSING_GROUP);
            projections.redeliverAfter(FeedbackProjection.PROCESSING_GROUP, rewoundTo);

            // every event after the rewound position but the one DraftPublished near the end, which no handler takes
            assertThat(deliveries.of(FeedbackProjection.PROCESSING_GROUP))
                    .isGreaterThanOrEqualTo(deliveredBefore + projections.head() - rewoundTo - 1);
            assertThat(documents()).isEqualTo(incrementallyBuilt);
        }
        assertThat(feedback("2321")).contains(before);
    }

    @Test
    void aRebuildFromScratchEqualsTheIncrementallyBuiltProjection() {
        publishVisits();
        publishProposalsAndProgrammes();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        assertThat(incrementallyBuilt).allSatisfy((collection, documents) -> assertThat(documents).isNotEmpty());

        projections.rebuild(FeedbackProjection.PROCESSING_GROUP);

        assertThat(documents()).isEqualTo(incrementallyBuilt);
    }

    @Test
    void restApiAnswersFeedbackAndNotFoundAsProblemJson() throws Exception {
        publishVisits();
        publishProposalsAndProgrammes();
        projections.awaitCaughtUp();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).build();

        mvc.perform(get("/api/municipalities/{code}/feedback", "2321"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.name").value("Åre"))
           .andExpect(jsonPath("$.heard").value(5))
           .andExpect(jsonPath("$.inProposals").value(4))
           .andExpect(jsonPath("$.contributions[0].visitDate").value("2015-11-05"))
           .andExpect(jsonPath("$.proposals[0].placements[0].focusAreaName")
                              .value("Digital infrastruktur och bredband"))
           .andExpect(jsonPath("$.proposals[0].placements[0].programmeStatus").value("ADOPTED"));
        mvc.perform(get("/api/municipalities/{code}/feedback", "2326"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.heard").value(0));
        mvc.perform(get("/api/municipalities/{code}/feedback", "9999"))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
           .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    /** Visits to Åre, Krokom and Östersund during the kalasturné and what was heard there. */
    private void publishVisits() {
        events.publish(
                ARE.scheduled(ARE_DATE, "Holiday Club", "Anna Berg"),
                KROKOM.scheduled(KROKOM_DATE, "Krokomsporten", "Erik Lund"),
                OSTERSUND.scheduled(OSTERSUND_DATE, "Storsjöteatern", "Anna Berg"),
                ARE.recorded("c-are-1", NEED, CITIZEN, "Bredband i byarna", AT_ARE),
                ARE.recorded("c-are-2", IDEA, BUSINESS, "Samåkning till jobbet", AT_ARE.plusSeconds(60)),
                ARE.recorded("c-are-3", OPPORTUNITY, MUNICIPAL_STAFF, "Tomma lokaler i Järpen",
                             AT_ARE.plusSeconds(120)),
                ARE.recorded("c-are-4", NEED, ELECTED_OFFICIAL, "Fler praktikplatser", AT_ARE.plusSeconds(180)),
                ARE.recorded("c-are-5", RESOURCE, CITIZEN, "Bygdegården som mötesplats", AT_ARE.plusSeconds(240)),
                ARE.recorded("c-are-6", RESOURCE, MUNICIPAL_STAFF, "Kommunens mötesrum", AT_ARE.plusSeconds(300)),
                ARE.amended("c-are-4", "Fler praktikplatser för unga", AT_ARE.plusSeconds(360)),
                KROKOM.recorded("c-kro-1", NEED, CITIZEN, "Bättre kollektivtrafik", AT_KROKOM),
                KROKOM.recorded("c-kro-2", IDEA, CIVIL_SOCIETY, "Idésluss för föreningar",
                                AT_KROKOM.plusSeconds(60)),
                OSTERSUND.recorded("c-osd-1", NEED, ACADEMIA, "Kompetensförsörjning i vården", AT_OSTERSUND),
                OSTERSUND.recorded("c-osd-2", IDEA, CITIZEN, "Lånecyklar vid resecentrum",
                                   AT_OSTERSUND.plusSeconds(60)));
    }

    /**
     * Four proposals drafted from them; evidence linked and unlinked, a cited contribution retracted, one proposal
     * merged into another and one split; two programmes with focus areas, placements, a move, a removal, a rename,
     * and the 2025 programme published and adopted.
     */
    private void publishProposalsAndProgrammes() {
        Instant t = LATER;
        events.publish(
                drafted(BREDBAND, "Bredband till alla byar", ARE, "c-are-1", KROKOM, "c-kro-1"),
                drafted(MOBILITET, "Hållbart resande", OSTERSUND, "c-osd-2"),
                drafted(KOMPETENS, "Kompetenslyft", OSTERSUND, "c-osd-1", ARE, "c-are-4"),
                drafted(SAMAKNING, "Samåkningsapp", ARE, "c-are-2"),
                new EvidenceLinked(BREDBAND, evidence(ARE, "c-are-3"), t),
                new EvidenceLinked(BREDBAND, evidence(ARE, "c-are-5"), t),
                new EvidenceUnlinked(BREDBAND, "c-kro-1", t),
                new ProposalRevised(BREDBAND, "Fiber till varje by", "Fiber och mobiltäckning i alla byar", THEME, t),
                new ProposalStatusChanged(BREDBAND, ProposalStatus.DRAFT, ProposalStatus.UNDER_REVIEW, null, t),
                new ProposalStatusChanged(BREDBAND, ProposalStatus.UNDER_REVIEW, ProposalStatus.INCLUDED,
                                          "Beslut i ledningsgruppen", t),
                new ProposalMerged(SAMAKNING, MOBILITET, t),
                new ProposalAbsorbed(MOBILITET, SAMAKNING, List.of(evidence(ARE, "c-are-2")), t),
                new ProposalSplit(KOMPETENS, PRAKTIK, List.of("c-are-4"), t),
                new ProposalSplitOff(PRAKTIK, KOMPETENS, "Praktikplatser för unga", "Fler platser för unga", THEME,
                                     List.of(evidence(ARE, "c-are-4")), t),
                ARE.retracted("c-are-5", "Hör till Berg", t),
                new ProgrammeStarted(PROGRAM_2025, "Innovationsprogram 2025", 2025, t),
                new FocusAreaAdded(PROGRAM_2025, "fa-digital", "Digital infrastruktur", t),
                new FocusAreaAdded(PROGRAM_2025, "fa-kompetens", "Kompetensförsörjning", t),
                new FocusAreaAdded(PROGRAM_2025, "fa-resor", "Hållbara resor", t),
                new ProposalPlaced(PROGRAM_2025, BREDBAND, "fa-digital", null, t),
                new ProposalPlaced(PROGRAM_2025, PRAKTIK, "fa-kompetens", null, t),
                new ProposalPlaced(PROGRAM_2025, MOBILITET, "fa-kompetens", null, t),
                new ProposalPlaced(PROGRAM_2025, MOBILITET, "fa-resor", "fa-kompetens", t),
                new FocusAreaRenamed(PROGRAM_2025, "fa-digital", "Digital infrastruktur och bredband", t),
                new ProgrammeStarted(PROGRAM_2030, "Innovationsprogram 2030", 2030, t),
                new FocusAreaAdded(PROGRAM_2030, "fa-framtid", "Framtidens kompetens", t),
                new ProposalPlaced(PROGRAM_2030, BREDBAND, "fa-framtid", null, t),
                new ProposalPlaced(PROGRAM_2030, KOMPETENS, "fa-framtid", null, t),
                new ProposalRemoved(PROGRAM_2030, BREDBAND, "fa-framtid", t),
                published(PROGRAM_2025, "Innovationsprogram 2025", "fa-digital", "Digital infrastruktur och bredband",
                          BREDBAND),
                new ProgrammeAdopted(PROGRAM_2025, 1, t));
    }

    private static ProposalDrafted drafted(String proposalId, String title, Object... visitsAndContributions) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < visitsAndContributions.length; i += 2) {
            evidence.add(evidence((VisitEvents) visitsAndContributions[i], (String) visitsAndContributions[i + 1]));
        }
        return new ProposalDrafted(proposalId, title, "", THEME, evidence, LATER);
    }

    private static Evidence evidence(VisitEvents visit, String contributionId) {
        return new Evidence(contributionId, visit.visitId(), visit.municipalityCode());
    }

    private static DraftPublished published(String programmeId, String name, String focusAreaId,
                                            String focusAreaName, String proposalId) {
        return new DraftPublished(programmeId, 1, "Första utkastet", name, List.of(
                new PublishedFocusArea(focusAreaId, focusAreaName, List.of(new PublishedProposal(proposalId, 5)))),
                                  LATER);
    }

    private Optional<MunicipalityFeedbackView> feedback(String code) {
        projections.awaitCaughtUp();
        return queries.query(new FindMunicipalityFeedback(code),
                             ResponseTypes.optionalInstanceOf(MunicipalityFeedbackView.class))
                      .join();
    }

    private List<String> proposalIdsOf(String code, String contributionId) {
        return feedback(code).orElseThrow().contributions().stream()
                             .filter(heard -> heard.contributionId().equals(contributionId))
                             .findFirst().orElseThrow().proposalIds();
    }

    private List<Placement> placementsOf(String code, String proposalId) {
        return feedback(code).orElseThrow().proposals().stream()
                             .filter(proposal -> proposal.proposalId().equals(proposalId))
                             .findFirst().orElseThrow().placements();
    }

    /** Waits for this projection only: other projections need not take every id this one takes. */
    private void awaitThisProjection() {
        long head = projections.head();
        await().untilAsserted(() -> assertThat(projections.processor(FeedbackProjection.PROCESSING_GROUP).processingStatus().values())
                .hasSize(tokenStore.fetchSegments(FeedbackProjection.PROCESSING_GROUP).length)
                .allSatisfy(segment -> assertThat(segment.getCurrentPosition().orElse(-1))
                        .isGreaterThanOrEqualTo(head)));
    }


    private Map<String, List<Document>> documents() {
        return projections.documents(FeedbackProjection.PROCESSING_GROUP);
    }
}
