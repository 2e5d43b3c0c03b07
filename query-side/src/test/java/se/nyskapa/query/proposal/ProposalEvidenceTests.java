package se.nyskapa.query.proposal;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.proposal.Assessment;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.ListProposals;
import se.nyskapa.proposal.PilotMunicipalitiesNamed;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalAssessed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalList;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.proposal.ProposalView.AssessmentEntry;
import se.nyskapa.proposal.ProposalView.EvidenceEntry;
import se.nyskapa.proposal.ProposalView.FeedbackEntry;
import se.nyskapa.proposal.ProposalView.Lineage;
import se.nyskapa.proposal.ProposalView.Placement;
import se.nyskapa.proposal.Stance;
import se.nyskapa.query.Deliveries;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.proposal.ProposalStatus.DRAFT;
import static se.nyskapa.proposal.ProposalStatus.INCLUDED;
import static se.nyskapa.proposal.ProposalStatus.MERGED;
import static se.nyskapa.proposal.ProposalStatus.UNDER_REVIEW;
import static se.nyskapa.proposal.Stance.AMENDMENT;
import static se.nyskapa.proposal.Stance.CONCERN;
import static se.nyskapa.proposal.Stance.SUPPORT;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.FEEDBACK;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.ACADEMIA;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;
import static se.nyskapa.visit.Sector.ELECTED_OFFICIAL;

@ProjectionTest
class ProposalEvidenceTests {

    private static final String TAXONOMY = "SE-Z";
    private static final String MOBILITET = "tema-mobilitet";
    private static final String KOMPETENS = "tema-kompetens";
    private static final String PENDLING = "tema-pendling";
    private static final String PROGRAMME = "innovationsprogram-2025";
    private static final String OTHER_PROGRAMME = "besoksnaringsprogram";
    private static final VisitEvents ARE = new VisitEvents("besok-are", "2321");
    private static final VisitEvents OSTERSUND = new VisitEvents("besok-ostersund", "2380");
    private static final VisitEvents KROKOM = new VisitEvents("besok-krokom", "2309");
    private static final Instant AT = Instant.parse("2015-11-05T09:00:00Z");

    private static final String PENDLA = "p-pendling";
    private static final String SAMAKNING = "p-samakning";
    private static final String PRAKTIK = "p-praktik";
    private static final String CYKLAR = "p-cyklar";

    @Autowired
    Projections projections;
    @Autowired
    Deliveries deliveries;
    @Autowired
    QueryGateway queries;
    @Autowired
    ProposalProjection projection;

    @Autowired
    EventLog events;


    @Test
    void evidenceCarriesItsContributionAndAnAmendedOrRetractedContributionIsReflected() {
        publishThemesAndContributions();
        events.publish(
                drafted(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, at(20),
                        evidence(ARE, "c-are-1"), evidence(OSTERSUND, "c-ost-1"), evidence(KROKOM, "c-kro-1")),
                KROKOM.amended("c-kro-1", "Bättre kollektivtrafik till Östersund på kvällarna", at(21)),
                OSTERSUND.retracted("c-ost-1", "Dubblett", at(22)));

        assertThat(proposal(PENDLA)).contains(new ProposalView(
                PENDLA, "Pendlingstjänst i Storsjöbygden", "Beskrivning av Pendlingstjänst i Storsjöbygden", MOBILITET,
                "Mobilitet och resor", DRAFT, 2, List.of("2309", "2321"),
                List.of(new EvidenceEntry("c-are-1", ARE.visitId(), "2321", NEED, CITIZEN,
                                          "Samåkning till jobbet i Järpen", false, null),
                        new EvidenceEntry("c-ost-1", OSTERSUND.visitId(), "2380", IDEA, CITIZEN,
                                          "Lånecyklar vid resecentrum", true, null),
                        new EvidenceEntry("c-kro-1", KROKOM.visitId(), "2309", NEED, BUSINESS,
                                          "Bättre kollektivtrafik till Östersund på kvällarna", false, null)),
                Map.of(), List.of(), null, List.of(), new Lineage(null, List.of(), List.of(), null), List.of(),
                at(20), at(20)));
    }

    /** Two contributions of one visit cited in one event: each must still be followed by the proposal. */
    @Test
    void anAmendmentOrRetractionReachesEveryEvidenceCitedFromTheSameVisit() {
        publishThemesAndContributions();
        events.publish(
                drafted(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, at(20),
                        evidence(ARE, "c-are-1"), evidence(ARE, "c-are-2"), evidence(KROKOM, "c-kro-1")),
                ARE.amended("c-are-2", "Fler avgångar med Norrtåg på helgerna", at(21)),
                ARE.retracted("c-are-2", "Hör till ett annat förslag", at(22)));

        ProposalView pendling = proposal(PENDLA).orElseThrow();

        assertThat(pendling.evidence()).containsExactly(
                new EvidenceEntry("c-are-1", ARE.visitId(), "2321", NEED, CITIZEN, "Samåkning till jobbet i Järpen",
                                  false, null),
                new EvidenceEntry("c-are-2", ARE.visitId(), "2321", NEED, CITIZEN,
                                  "Fler avgångar med Norrtåg på helgerna", true, null),
                new EvidenceEntry("c-kro-1", KROKOM.visitId(), "2309", NEED, BUSINESS,
                                  "Bättre kollektivtrafik till Östersund", false, null));
        assertThat(pendling.evidenceCount()).isEqualTo(2);
        assertThat(list().proposals()).containsExactly(
                new ProposalList.Entry(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, DRAFT, 2));
    }

    @Test
    void linkedAndUnlinkedEvidenceAndARetractionLeaveOnlyLiveEvidenceCountedAndItsKommunerHeard() {
        publishThemesAndContributions();
        events.publish(
                drafted(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, at(20), evidence(ARE, "c-are-1")),
                new EvidenceLinked(PENDLA, evidence(OSTERSUND, "c-ost-1"), at(21)),
                new EvidenceLinked(PENDLA, evidence(KROKOM, "c-kro-1"), at(22)),
                new EvidenceUnlinked(PENDLA, "c-are-1", at(23)),
                KROKOM.retracted("c-kro-1", "Felregistrerad", at(24)));

        ProposalView pendling = proposal(PENDLA).orElseThrow();

        assertThat(pendling.evidence()).containsExactly(
                new EvidenceEntry("c-ost-1", OSTERSUND.visitId(), "2380", IDEA, CITIZEN, "Lånecyklar vid resecentrum",
                                  false, null),
                new EvidenceEntry("c-kro-1", KROKOM.visitId(), "2309", NEED, BUSINESS,
                                  "Bättre kollektivtrafik till Östersund", true, null));
        assertThat(pendling.evidenceCount()).isEqualTo(1);
        assertThat(pendling.municipalitiesHeard()).containsExactly("2380");
        assertThat(pendling.updatedAt()).isEqualTo(at(23));
    }

    @Test
    void feedbackIsTalliedPerKommunAndStanceAndARetractionTakesItOut() {
        publishThemesAndContributions();
        events.publish(
                drafted(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, at(20), evidence(ARE, "c-are-1")),
                feedback(ARE, "f-are-1", ELECTED_OFFICIAL, "Kommunen stöder förslaget", PENDLA, SUPPORT, at(30)),
                feedback(ARE, "f-are-2", CITIZEN, "Tänk på turtätheten i byarna", PENDLA, CONCERN, at(31)),
                feedback(OSTERSUND, "f-ost-1", BUSINESS, "Börja med linjerna till sjukhuset", PENDLA, AMENDMENT,
                         at(32)),
                feedback(OSTERSUND, "f-ost-2", CITIZEN, "Bra idé", PENDLA, SUPPORT, at(33)),
                feedback(KROKOM, "f-kro-1", CITIZEN, "Bra för Krokom", PENDLA, SUPPORT, at(34)),
                OSTERSUND.amended("f-ost-1", "Börja med linjerna till Östersunds sjukhus", at(35)),
                KROKOM.retracted("f-kro-1", "Sades om ett annat förslag", at(36)));

        ProposalView pendling = proposal(PENDLA).orElseThrow();

        assertThat(pendling.stances()).isEqualTo(Map.of(
                "2321", Map.of(SUPPORT, 1, CONCERN, 1),
                "2380", Map.of(AMENDMENT, 1, SUPPORT, 1)));
        assertThat(pendling.feedback()).containsExactly(
                new FeedbackEntry("f-are-1", ARE.visitId(), "2321", SUPPORT, "Kommunen stöder förslaget", false),
                new FeedbackEntry("f-are-2", ARE.visitId(), "2321", CONCERN, "Tänk på turtätheten i byarna", false),
                new FeedbackEntry("f-ost-1", OSTERSUND.visitId(), "2380", AMENDMENT,
                                  "Börja med linjerna till Östersunds sjukhus", false),
                new FeedbackEntry("f-ost-2", OSTERSUND.visitId(), "2380", SUPPORT, "Bra idé", false),
                new FeedbackEntry("f-kro-1", KROKOM.visitId(), "2309", SUPPORT, "Bra för Krokom", true));
        assertThat(pendling.evidenceCount()).as("feedback is no evidence").isEqualTo(1);
        assertThat(pendling.municipalitiesHeard()).containsExactly("2321");
        assertThat(pendling.updatedAt()).isEqualTo(at(34));
    }

    @Test
    void assessmentPilotKommunerAndStatusShowTheLatest() {
        publishThemesAndContributions();
        events.publish(
                drafted(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, at(20), evidence(ARE, "c-are-1")),
                new ProposalAssessed(PENDLA, new Assessment(3, 4, "Stor nytta för pendlare", "Anna Berg"), at(40)),
                new PilotMunicipalitiesNamed(PENDLA, List.of("2321", "2309"), at(41)),
                new ProposalAssessed(PENDLA, new Assessment(4, 3, "Efter samtal med Norrtåg", "Erik Lund"), at(42)),
                new PilotMunicipalitiesNamed(PENDLA, List.of("2321", "2380"), at(43)),
                new ProposalStatusChanged(PENDLA, DRAFT, UNDER_REVIEW, "Till beredning", at(44)),
                new ProposalStatusChanged(PENDLA, UNDER_REVIEW, INCLUDED, "Beslutat i ledningsgruppen", at(45)));

        ProposalView pendling = proposal(PENDLA).orElseThrow();

        assertThat(pendling.assessment()).isEqualTo(
                new AssessmentEntry(4, 3, "Efter samtal med Norrtåg", "Erik Lund", at(42), 2));
        assertThat(pendling.pilotMunicipalities()).containsExactly("2321", "2380");
        assertThat(pendling.status()).isEqualTo(INCLUDED);
        assertThat(pendling.draftedAt()).isEqualTo(at(20));
        assertThat(pendling.updatedAt()).isEqualTo(at(45));
        assertThat(list().proposals()).containsExactly(
                new ProposalList.Entry(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, INCLUDED, 1));
    }

    @Test
    void aMergeGivesTheTargetTheSourcesEvidenceAndFeedbackAndLaterFeedbackOnTheSourceCountsForTheTarget() {
        publishThemesAndContributions();
        publishMerge();

        assertThat(proposal(PENDLA)).contains(new ProposalView(
                PENDLA, "Pendlingstjänst i Storsjöbygden", "Beskrivning av Pendlingstjänst i Storsjöbygden", MOBILITET,
                "Mobilitet och resor", DRAFT, 3, List.of("2309", "2321", "2380"),
                List.of(new EvidenceEntry("c-ost-1", OSTERSUND.visitId(), "2380", IDEA, CITIZEN,
                                          "Lånecyklar vid resecentrum", false, null),
                        new EvidenceEntry("c-kro-1", KROKOM.visitId(), "2309", NEED, BUSINESS,
                                          "Bättre kollektivtrafik till Östersund", false, null),
                        new EvidenceEntry("c-are-1", ARE.visitId(), "2321", NEED, CITIZEN,
                                          "Samåkning till jobbet i Järpen", false, SAMAKNING)),
                Map.of("2309", Map.of(SUPPORT, 1),
                       "2321", Map.of(SUPPORT, 1),
                       "2380", Map.of(AMENDMENT, 1)),
                List.of(new FeedbackEntry("f-kro-1", KROKOM.visitId(), "2309", SUPPORT, "Bra för Krokom", false),
                        new FeedbackEntry("f-are-1", ARE.visitId(), "2321", SUPPORT, "Kommunen stöder samåkning",
                                          false),
                        new FeedbackEntry("f-ost-1", OSTERSUND.visitId(), "2380", CONCERN, "Oklart vem som kör",
                                          true),
                        new FeedbackEntry("f-ost-2", OSTERSUND.visitId(), "2380", AMENDMENT,
                                          "Koppla ihop med lånecyklarna", false)),
                null, List.of(), new Lineage(null, List.of(), List.of(SAMAKNING), null), List.of(), at(20), at(53)));

        ProposalView samakning = proposal(SAMAKNING).orElseThrow();
        assertThat(samakning.status()).isEqualTo(MERGED);
        assertThat(samakning.lineage()).isEqualTo(new Lineage(null, List.of(), List.of(), PENDLA));
        assertThat(samakning.evidence()).extracting(EvidenceEntry::contributionId)
                                        .containsExactly("c-are-1", "c-kro-1");
        assertThat(samakning.feedback()).extracting(FeedbackEntry::contributionId)
                                        .as("feedback heard after the merge goes to the target only")
                                        .containsExactly("f-are-1", "f-ost-1");
        assertThat(list().proposals()).containsExactly(
                new ProposalList.Entry(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, DRAFT, 3),
                new ProposalList.Entry(SAMAKNING, "Samåkning för pendlare", MOBILITET, MERGED, 2));
    }

    /**
     * Feedback the merged proposal had heard, retracted after the merge: it leaves the target's tally. Östersund's
     * works; Åre's does not, because Åre's visit also gave the merged proposal the evidence the target took in.
     */
    @Test
    void feedbackRetractedAfterAMergeLeavesTheTargetsTallyAlsoWhenItsVisitGaveTheMergedEvidence() {
        publishThemesAndContributions();
        publishMergeOnly();
        projections.awaitCaughtUp();
        events.publish(OSTERSUND.retracted("f-ost-1", "Missförstånd", at(60)),
                       ARE.retracted("f-are-1", "Sades om ett annat förslag", at(61)));

        ProposalView pendling = proposal(PENDLA).orElseThrow();

        assertThat(pendling.feedback()).containsExactly(
                new FeedbackEntry("f-kro-1", KROKOM.visitId(), "2309", SUPPORT, "Bra för Krokom", false),
                new FeedbackEntry("f-are-1", ARE.visitId(), "2321", SUPPORT, "Kommunen stöder samåkning", true),
                new FeedbackEntry("f-ost-1", OSTERSUND.visitId(), "2380", CONCERN, "Oklart vem som kör", true));
        assertThat(pendling.stances()).isEqualTo(Map.of("2309", Map.of(SUPPORT, 1)));
    }

    /**
     * A merge copies the merged proposal's feedback into the target. Handled in separate batches, a later retraction
     * of that feedback must leave the documents as a rebuild, which handles both in one batch, leaves them.
     */
    @Test
    void aRebuildEqualsTheIncrementallyBuiltProjectionAlsoWhenAMergeAndALaterRetractionCameInSeparateBatches() {
        publishThemesAndContributions();
        publishMergeOnly();
        projections.awaitCaughtUp();
        events.publish(OSTERSUND.retracted("f-ost-1", "Missförstånd", at(60)));
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        ProposalView samakningBefore = proposal(SAMAKNING).orElseThrow();

        projections.rebuild(ProposalProjection.PROCESSING_GROUP);

        assertThat(proposal(SAMAKNING)).contains(samakningBefore);
        assertThat(documents()).isEqualTo(incrementallyBuilt);
    }

    @Test
    void aSplitMovesEvidenceToTheNewProposalAndBothKnowTheirLineage() {
        publishThemesAndContributions();
        events.publish(
                drafted(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, at(20),
                        evidence(ARE, "c-are-1"), evidence(OSTERSUND, "c-ost-1"), evidence(KROKOM, "c-kro-1")),
                new ProposalSplit(PENDLA, CYKLAR, List.of("c-ost-1"), at(70)),
                new ProposalSplitOff(CYKLAR, PENDLA, "Lånecyklar i Östersund", "Cyklar vid resecentrum", MOBILITET,
                                     List.of(evidence(OSTERSUND, "c-ost-1")), at(70)),
                OSTERSUND.amended("c-ost-1", "Lånecyklar vid resecentrum och campus", at(71)),
                KROKOM.retracted("c-kro-1", "Dubblett", at(72)));

        ProposalView pendling = proposal(PENDLA).orElseThrow();
        assertThat(pendling.evidence()).containsExactly(
                new EvidenceEntry("c-are-1", ARE.visitId(), "2321", NEED, CITIZEN, "Samåkning till jobbet i Järpen",
                                  false, null),
                new EvidenceEntry("c-kro-1", KROKOM.visitId(), "2309", NEED, BUSINESS,
                                  "Bättre kollektivtrafik till Östersund", true, null));
        assertThat(pendling.evidenceCount()).isEqualTo(1);
        assertThat(pendling.municipalitiesHeard()).containsExactly("2321");
        assertThat(pendling.lineage()).isEqualTo(new Lineage(null, List.of(CYKLAR), List.of(), null));

        assertThat(proposal(CYKLAR)).contains(new ProposalView(
                CYKLAR, "Lånecyklar i Östersund", "Cyklar vid resecentrum", MOBILITET, "Mobilitet och resor", DRAFT, 1,
                List.of("2380"),
                List.of(new EvidenceEntry("c-ost-1", OSTERSUND.visitId(), "2380", IDEA, CITIZEN,
                                          "Lånecyklar vid resecentrum och campus", false, null)),
                Map.of(), List.of(), null, List.of(), new Lineage(PENDLA, List.of(), List.of(), null), List.of(),
                at(70), at(70)));
    }

    @Test
    void placementsFollowTheProgrammesAndTheThemeNameFollowsRenamesAndMerges() {
        publishThemesAndContributions();
        events.publish(
                drafted(PENDLA, "Pendlingstjänst i Storsjöbygden", PENDLING, at(20), evidence(ARE, "c-are-1")),
                drafted(PRAKTIK, "Praktikplatser i regionens företag", KOMPETENS, at(21),
                        evidence(OSTERSUND, "c-ost-2")));
        publishProgrammes();
        events.publish(
                new ProposalPlaced(PROGRAMME, PENDLA, "fa-tillganglighet", null, at(80)),
                new ProposalPlaced(OTHER_PROGRAMME, PENDLA, "fa-resor", null, at(81)),
                new ProposalPlaced(PROGRAMME, PENDLA, "fa-hallbarhet", "fa-tillganglighet", at(82)),
                new ProposalPlaced(PROGRAMME, PRAKTIK, "fa-kompetens", null, at(83)),
                new ProposalRemoved(PROGRAMME, PRAKTIK, "fa-kompetens", at(84)),
                new ThemeRenamed(TAXONOMY, KOMPETENS, "Kompetens och arbetsmarknad", at(85)),
                new ThemeMerged(TAXONOMY, PENDLING, MOBILITET, at(86)),
                new ThemeRenamed(TAXONOMY, MOBILITET, "Resor och pendling", at(87)));

        ProposalView pendling = proposal(PENDLA).orElseThrow();
        assertThat(pendling.placements()).containsExactly(
                new Placement(PROGRAMME, "fa-hallbarhet"), new Placement(OTHER_PROGRAMME, "fa-resor"));
        assertThat(pendling.themeId()).isEqualTo(MOBILITET);
        assertThat(pendling.themeName()).isEqualTo("Resor och pendling");
        assertThat(pendling.updatedAt()).as("placing does not change the proposal").isEqualTo(at(20));

        ProposalView praktik = proposal(PRAKTIK).orElseThrow();
        assertThat(praktik.placements()).isEmpty();
        assertThat(praktik.themeName()).isEqualTo("Kompetens och arbetsmarknad");

        assertThat(list().proposals()).containsExactly(
                new ProposalList.Entry(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, DRAFT, 1),
                new ProposalList.Entry(PRAKTIK, "Praktikplatser i regionens företag", KOMPETENS, DRAFT, 1));
        assertThat(proposal("p-okand")).isEmpty();
    }

    @Test
    void redeliveredEventsChangeNoDocument() {
        publishEverything();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        ProposalView pendlingBefore = proposal(PENDLA).orElseThrow();
        ProposalList listBefore = list();

        for (long rewoundTo : List.of(projections.head() / 2, projections.head() / 4, 0L)) {
            long deliveredBefore = deliveries.of(ProposalProjection.PROCESSING_GROUP);
            projections.redeliverAfter(ProposalProjection.PROCESSING_GROUP, rewoundTo);

            assertThat(deliveries.of(ProposalProjection.PROCESSING_GROUP))
                    .isGreaterThanOrEqualTo(deliveredBefore + projections.handledAfter(ProposalProjection.PROCESSING_GROUP, rewoundTo));
            assertThat(proposal(PENDLA)).contains(pendlingBefore);
            assertThat(list()).isEqualTo(listBefore);
            assertThat(documents()).as("documents after redelivery from %d", rewoundTo)
                                   .isEqualTo(incrementallyBuilt);
        }
    }

    @Test
    void aRebuildFromScratchEqualsTheIncrementallyBuiltProjection() {
        publishEverything();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        assertThat(incrementallyBuilt).allSatisfy((collection, documents) -> assertThat(documents).isNotEmpty());

        projections.rebuild(ProposalProjection.PROCESSING_GROUP);

        assertThat(documents()).isEqualTo(incrementallyBuilt);
    }

    /** Three themes; visits to Åre, Östersund and Krokom with their needs and ideas. */
    private void publishThemesAndContributions() {
        events.publish(
                new ThemeDefined(TAXONOMY, MOBILITET, "Mobilitet och resor", at(-100)),
                new ThemeDefined(TAXONOMY, KOMPETENS, "Kompetensförsörjning", at(-100)),
                new ThemeDefined(TAXONOMY, PENDLING, "Pendling", at(-100)),
                ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                OSTERSUND.scheduled(TODAY.minusDays(6), "Storsjöteatern", "Anna Berg"),
                KROKOM.scheduled(TODAY.minusDays(5), "Krokomsporten", "Erik Lund"),
                ARE.recorded("c-are-1", NEED, CITIZEN, "Samåkning till jobbet i Järpen", at(0)),
                ARE.recorded("c-are-2", NEED, CITIZEN, "Fler avgångar med Norrtåg", at(1)),
                OSTERSUND.recorded("c-ost-1", IDEA, CITIZEN, "Lånecyklar vid resecentrum", at(2)),
                OSTERSUND.recorded("c-ost-2", NEED, ACADEMIA, "Praktikplatser för studenter", at(3)),
                KROKOM.recorded("c-kro-1", NEED, BUSINESS, "Bättre kollektivtrafik till Östersund", at(4)));
    }

    /**
     * Samåkning (evidence from Åre and Krokom, feedback from Åre and Östersund) goes into Pendling (evidence from
     * Östersund and Krokom, feedback from Krokom); then one of Samåkning's earlier pieces of feedback is retracted and
     * feedback naming Samåkning is heard.
     */
    private void publishMerge() {
        publishMergeOnly();
        events.publish(
                OSTERSUND.retracted("f-ost-1", "Missförstånd", at(52)),
                feedback(OSTERSUND, "f-ost-2", CITIZEN, "Koppla ihop med lånecyklarna", SAMAKNING, AMENDMENT, at(53)));
    }

    private void publishMergeOnly() {
        events.publish(
                drafted(PENDLA, "Pendlingstjänst i Storsjöbygden", MOBILITET, at(20),
                        evidence(OSTERSUND, "c-ost-1"), evidence(KROKOM, "c-kro-1")),
                drafted(SAMAKNING, "Samåkning för pendlare", MOBILITET, at(21),
                        evidence(ARE, "c-are-1"), evidence(KROKOM, "c-kro-1")),
                feedback(KROKOM, "f-kro-1", CITIZEN, "Bra för Krokom", PENDLA, SUPPORT, at(30)),
                feedback(ARE, "f-are-1", ELECTED_OFFICIAL, "Kommunen stöder samåkning", SAMAKNING, SUPPORT, at(31)),
                feedback(OSTERSUND, "f-ost-1", BUSINESS, "Oklart vem som kör", SAMAKNING, CONCERN, at(32)),
                new ProposalMerged(SAMAKNING, PENDLA, at(50)),
                new ProposalAbsorbed(PENDLA, SAMAKNING, List.of(evidence(ARE, "c-are-1")), at(50)));
    }

    /**
     * Everything, some of it on proposals merged since. No contribution copied by the merge changes after it, so that
     * the documents do not depend on where the processor's batches happened to end (see
     * {@link #aRebuildEqualsTheIncrementallyBuiltProjectionAlsoWhenAMergeAndALaterRetractionCameInSeparateBatches}).
     */
    private void publishEverything() {
        publishThemesAndContributions();
        publishMergeOnly();
        events.publish(
                feedback(OSTERSUND, "f-ost-2", CITIZEN, "Koppla ihop med lånecyklarna", SAMAKNING, AMENDMENT, at(53)),
                drafted(PRAKTIK, "Praktikplatser i regionens företag", KOMPETENS, at(54),
                        evidence(OSTERSUND, "c-ost-2"), evidence(ARE, "c-are-2")),
                new ProposalAssessed(PENDLA, new Assessment(4, 3, "Stor nytta", "Anna Berg"), at(55)),
                new PilotMunicipalitiesNamed(PENDLA, List.of("2321", "2380"), at(56)));
        publishProgrammes();
        events.publish(
                new ProposalPlaced(PROGRAMME, PENDLA, "fa-tillganglighet", null, at(57)),
                new ProposalSplit(PENDLA, CYKLAR, List.of("c-ost-1"), at(58)),
                new ProposalSplitOff(CYKLAR, PENDLA, "Lånecyklar i Östersund", "", MOBILITET,
                                     List.of(evidence(OSTERSUND, "c-ost-1")), at(58)),
                new ProposalRevised(PRAKTIK, "Praktik och lärlingsplatser", "", KOMPETENS, at(59)),
                ARE.amended("c-are-2", "Fler avgångar med Norrtåg på helgerna", at(60)),
                OSTERSUND.amended("c-ost-1", "Lånecyklar vid resecentrum och campus", at(61)),
                KROKOM.retracted("c-kro-1", "Dubblett", at(62)),
                new ProposalStatusChanged(PENDLA, DRAFT, UNDER_REVIEW, null, at(63)),
                new ThemeMerged(TAXONOMY, PENDLING, MOBILITET, at(64)),
                new ThemeRenamed(TAXONOMY, MOBILITET, "Resor och pendling", at(65)),
                feedback(KROKOM, "f-kro-2", CITIZEN, "Viktigt för byarna", SAMAKNING, SUPPORT, at(66)));
    }

    /** Two programmes with the focus areas proposals are placed in. */
    private void publishProgrammes() {
        events.publish(
                new ProgrammeStarted(PROGRAMME, "Innovationsprogram för Jämtland Härjedalen 2025", 2025, at(75)),
                new FocusAreaAdded(PROGRAMME, "fa-tillganglighet", "Tillgänglighet och resor", at(75)),
                new FocusAreaAdded(PROGRAMME, "fa-hallbarhet", "Hållbar omställning", at(75)),
                new FocusAreaAdded(PROGRAMME, "fa-kompetens", "Kompetensförsörjning", at(75)),
                new ProgrammeStarted(OTHER_PROGRAMME, "Besöksnäringsprogram", 2020, at(76)),
                new FocusAreaAdded(OTHER_PROGRAMME, "fa-resor", "Resor till och i fjällen", at(76)));
    }

    private static ProposalDrafted drafted(String proposalId, String title, String themeId, Instant at,
                                           Evidence... evidence) {
        return new ProposalDrafted(proposalId, title, "Beskrivning av " + title, themeId, List.of(evidence), at);
    }

    private static ContributionRecorded feedback(VisitEvents visit, String contributionId, Sector sector, String text,
                                                 String proposalId, Stance stance, Instant at) {
        return new ContributionRecorded(visit.visitId(), visit.municipalityCode(), contributionId,
                                        FEEDBACK, text, sector, at,
                                        new ProposalFeedback(proposalId, stance));
    }

    private static Evidence evidence(VisitEvents visit, String contributionId) {
        return new Evidence(contributionId, visit.visitId(), visit.municipalityCode());
    }

    private static Instant at(int minutes) {
        return AT.plusSeconds(60L * minutes);
    }

    private Optional<ProposalView> proposal(String proposalId) {
        projections.awaitCaughtUp();
        return queries.query(new FindProposal(proposalId), ResponseTypes.optionalInstanceOf(ProposalView.class))
                      .join();
    }

    private ProposalList list() {
        projections.awaitCaughtUp();
        return queries.query(new ListProposals(), ProposalList.class).join();
    }


    private Map<String, List<Document>> documents() {
        return projections.documents(ProposalProjection.PROCESSING_GROUP);
    }
}
