package se.nyskapa.query.programme;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.programme.DraftPoint;
import se.nyskapa.programme.DraftPublished;
import se.nyskapa.programme.DraftPublished.PublishedFocusArea;
import se.nyskapa.programme.DraftPublished.PublishedProposal;
import se.nyskapa.programme.FindProgrammeDiff;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeSummaryAsOf;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.ListProgrammes;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeDiffView;
import se.nyskapa.programme.ProgrammeDiffView.ChangedProposal;
import se.nyskapa.programme.ProgrammeDiffView.FieldChange;
import se.nyskapa.programme.ProgrammeDiffView.FocusAreaChange;
import se.nyskapa.programme.ProgrammeDiffView.MovedProposal;
import se.nyskapa.programme.ProgrammeDiffView.PlacedProposal;
import se.nyskapa.programme.ProgrammeList;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.programme.ProgrammeSummaryView.FocusArea;
import se.nyskapa.programme.ProgrammeSummaryView.Municipality;
import se.nyskapa.programme.ProgrammeSummaryView.Proposal;
import se.nyskapa.programme.ProgrammeSummaryView.Version;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.proposal.Assessment;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.FindProposalAsOf;
import se.nyskapa.proposal.PilotMunicipalitiesNamed;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalAssessed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.query.Deliveries;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.programme.ProgrammeStatus.ADOPTED;
import static se.nyskapa.programme.ProgrammeStatus.DRAFT;
import static se.nyskapa.proposal.ProposalStatus.INCLUDED;
import static se.nyskapa.proposal.ProposalStatus.MERGED;
import static se.nyskapa.proposal.ProposalStatus.UNDER_REVIEW;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.ContributionKind.OPPORTUNITY;
import static se.nyskapa.visit.Sector.ACADEMIA;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;
import static se.nyskapa.visit.Sector.ELECTED_OFFICIAL;

@ProjectionTest
class ProgrammeSummaryTests {

    private static final String PROGRAMME = "innovationsprogram-2025";
    private static final String PROGRAMME_NAME = "Innovationsprogram för Jämtland Härjedalen 2025";
    private static final String OTHER_PROGRAMME = "besoksnaringsprogram";
    private static final String KOMPETENS = "fa-kompetens";
    private static final String TILLGANGLIGHET = "fa-tillganglighet";
    private static final String DIGITAL = "fa-digital";
    private static final String PENDLA = "p-pendling";
    private static final String PRAKTIK = "p-praktik";
    private static final String FIBER = "p-fiber";
    private static final VisitEvents ARE = new VisitEvents("besok-are", "2321");
    private static final VisitEvents OSTERSUND = new VisitEvents("besok-ostersund", "2380");
    private static final VisitEvents KROKOM = new VisitEvents("besok-krokom", "2309");
    private static final Instant AT = Instant.parse("2015-11-05T09:00:00Z");

    private static final Municipality RAGUNDA = new Municipality("2303", "Ragunda");
    private static final Municipality BRACKE = new Municipality("2305", "Bräcke");
    private static final Municipality KROKOM_KOMMUN = new Municipality("2309", "Krokom");
    private static final Municipality STROMSUND = new Municipality("2313", "Strömsund");
    private static final Municipality ARE_KOMMUN = new Municipality("2321", "Åre");
    private static final Municipality BERG = new Municipality("2326", "Berg");
    private static final Municipality HARJEDALEN = new Municipality("2361", "Härjedalen");
    private static final Municipality OSTERSUND_KOMMUN = new Municipality("2380", "Östersund");

    private static final Proposal PRAKTIK_BRIEF = new Proposal(
            PRAKTIK, "Praktikplatser i regionens företag", UNDER_REVIEW, 2, List.of("2321", "2380"), 5, 2);
    private static final Proposal PENDLA_BRIEF = new Proposal(
            PENDLA, "Pendlingstjänst i Storsjöbygden", ProposalStatus.DRAFT, 2,
            List.of("2309", "2321"), 4, 3);
    private static final Proposal FIBER_BRIEF = new Proposal(
            FIBER, "Mobiltäckning och fiber längs E14", ProposalStatus.DRAFT, 1,
            List.of("2309"), null, null);

    @Autowired
    Projections projections;
    @Autowired
    Deliveries deliveries;
    @Autowired
    QueryGateway queries;
    @Autowired
    ProgrammeProjection projection;

    @Autowired
    EventLog events;


    @Test
    void summaryShowsFocusAreasInOrderWithTheirProposalsAndEveryKommunCoveredOrNot() {
        publishContributionsAndProposals();
        publishProgramme();

        assertThat(summary(PROGRAMME)).contains(new ProgrammeSummaryView(
                PROGRAMME, PROGRAMME_NAME, 2025, DRAFT, 0, null, null, null, false,
                List.of(new FocusArea(KOMPETENS, "Kompetensförsörjning", List.of(PRAKTIK_BRIEF)),
                        new FocusArea(TILLGANGLIGHET, "Tillgänglighet och resor", List.of(PENDLA_BRIEF)),
                        new FocusArea(DIGITAL, "Digitalisering", List.of(FIBER_BRIEF))),
                List.of(KROKOM_KOMMUN, ARE_KOMMUN, OSTERSUND_KOMMUN),
                List.of(RAGUNDA, BRACKE, STROMSUND, BERG, HARJEDALEN),
                List.of()));
        assertThat(summary("okant-program")).isEmpty();
        assertThat(version(PROGRAMME, 1)).isEmpty();
    }

    @Test
    void aMovedProposalLeavesItsFocusAreaAndARemovedOneTakesItsKommunerOutOfTheCoverage() {
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(
                new ProposalPlaced(PROGRAMME, FIBER, TILLGANGLIGHET, DIGITAL, at(40)),
                new ProposalRemoved(PROGRAMME, PRAKTIK, KOMPETENS, at(41)),
                new FocusAreaRenamed(PROGRAMME, DIGITAL, "Digital infrastruktur", at(42)));

        ProgrammeSummaryView summary = summary(PROGRAMME).orElseThrow();

        assertThat(summary.focusAreas()).containsExactly(
                new FocusArea(KOMPETENS, "Kompetensförsörjning", List.of()),
                new FocusArea(TILLGANGLIGHET, "Tillgänglighet och resor", List.of(PENDLA_BRIEF, FIBER_BRIEF)),
                new FocusArea(DIGITAL, "Digital infrastruktur", List.of()));
        assertThat(summary.municipalitiesCovered()).containsExactly(KROKOM_KOMMUN, ARE_KOMMUN);
        assertThat(summary.municipalitiesNotCovered())
                .containsExactly(RAGUNDA, BRACKE, STROMSUND, BERG, HARJEDALEN, OSTERSUND_KOMMUN);
    }

    @Test
    void publishedVersionsKeepTheirBriefsWhileTheDraftChangesAndIsPublishedAgainAndAdopted() {
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(publishedAsPlaced(1, "Remissversion", at(50)));

        ProgrammeSummaryView v1 = summary(PROGRAMME).orElseThrow();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.changedSincePublished()).isFalse();
        assertThat(v1.versions()).containsExactly(new Version(1, "Remissversion", at(50)));

        events.publish(
                new ProposalRevised(PENDLA, "Samåkning och anropsstyrd trafik", "", "tema-mobilitet", at(51)),
                new ProposalStatusChanged(PRAKTIK, UNDER_REVIEW, INCLUDED, "Beslutat", at(52)));

        ProgrammeSummaryView changed = summary(PROGRAMME).orElseThrow();
        assertThat(changed.changedSincePublished()).isTrue();
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.focusAreas()).extracting(FocusArea::proposals).containsExactly(
                List.of(new Proposal(PRAKTIK, "Praktikplatser i regionens företag", INCLUDED, 2,
                                     List.of("2321", "2380"), 5, 2)),
                List.of(new Proposal(PENDLA, "Samåkning och anropsstyrd trafik",
                                     ProposalStatus.DRAFT, 2, List.of("2309", "2321"), 4, 3)),
                List.of(FIBER_BRIEF));
        assertThat(version(PROGRAMME, 1)).contains(new ProgrammeSummaryView(
                PROGRAMME, PROGRAMME_NAME, 2025, DRAFT, 1, "Remissversion", at(50), null, false,
                List.of(new FocusArea(KOMPETENS, "Kompetensförsörjning", List.of(PRAKTIK_BRIEF)),
                        new FocusArea(TILLGANGLIGHET, "Tillgänglighet och resor", List.of(PENDLA_BRIEF)),
                        new FocusArea(DIGITAL, "Digitalisering", List.of(FIBER_BRIEF))),
                List.of(KROKOM_KOMMUN, ARE_KOMMUN, OSTERSUND_KOMMUN),
                List.of(RAGUNDA, BRACKE, STROMSUND, BERG, HARJEDALEN),
                List.of(new Version(1, "Remissversion", at(50)))));

        events.publish(publishedAsPlaced(2, "Beslutsversion", at(53)));
        assertThat(summary(PROGRAMME).orElseThrow()).satisfies(v2 -> {
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.changedSincePublished()).isFalse();
            assertThat(v2.versions()).containsExactly(new Version(1, "Remissversion", at(50)),
                                                      new Version(2, "Beslutsversion", at(53)));
        });

        events.publish(new PilotMunicipalitiesNamed(PENDLA, List.of("2321"), at(54)));
        assertThat(summary(PROGRAMME).orElseThrow().changedSincePublished())
                .as("any change to a placed proposal makes it a new version").isTrue();
        events.publish(publishedAsPlaced(3, "Beslutsversion med testkommun", at(55)),
                       new ProgrammeAdopted(PROGRAMME, 3, at(56)));

        ProgrammeSummaryView adopted = summary(PROGRAMME).orElseThrow();
        assertThat(adopted.status()).isEqualTo(ADOPTED);
        assertThat(adopted.adoptedVersion()).isEqualTo(3);
        assertThat(adopted.changedSincePublished()).isFalse();
        assertThat(version(PROGRAMME, 1).orElseThrow()).satisfies(v -> {
            assertThat(v.status()).isEqualTo(ADOPTED);
            assertThat(v.adoptedVersion()).isEqualTo(3);
            assertThat(v.focusAreas()).extracting(FocusArea::proposals).containsExactly(
                    List.of(PRAKTIK_BRIEF), List.of(PENDLA_BRIEF), List.of(FIBER_BRIEF));
        });
        assertThat(version(PROGRAMME, 2).orElseThrow().focusAreas().get(1).proposals().get(0).title())
                .isEqualTo("Samåkning och anropsstyrd trafik");
        assertThat(programmes()).isEqualTo(new ProgrammeList(List.of(
                new ProgrammeList.Entry(PROGRAMME, PROGRAMME_NAME, 2025, ADOPTED, 3),
                new ProgrammeList.Entry(OTHER_PROGRAMME, "Besöksnäringsprogram", 2020, DRAFT, 0))));
    }

    @Test
    void theDraftAsItStoodBetweenTwoVersionsIsTheFirstVersionAndTheDiffSaysWhatChanged() throws Exception {
        Instant beforeAnything = momentBetweenEvents();
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(publishedAsPlaced(1, "Remissversion", at(50)));
        Instant betweenVersions = momentBetweenEvents();
        events.publish(
                new ProposalRevised(PENDLA, "Samåkning och anropsstyrd trafik", "", "tema-mobilitet", at(51)),
                new ProposalPlaced(PROGRAMME, FIBER, TILLGANGLIGHET, DIGITAL, at(52)),
                new ProposalRemoved(PROGRAMME, PRAKTIK, KOMPETENS, at(53)),
                new FocusAreaRenamed(PROGRAMME, DIGITAL, "Digital infrastruktur", at(54)),
                published(2, "Beslutsversion", at(55), area(KOMPETENS, "Kompetensförsörjning"),
                          area(TILLGANGLIGHET, "Tillgänglighet och resor", PENDLA, FIBER),
                          area(DIGITAL, "Digital infrastruktur")));
        Instant afterVersionTwo = momentBetweenEvents();
        events.publish(new ProposalStatusChanged(PENDLA, ProposalStatus.DRAFT, UNDER_REVIEW, null, at(56)));

        ProgrammeSummaryView then = summaryAsOf(PROGRAMME, betweenVersions).orElseThrow();
        ProgrammeSummaryView first = version(PROGRAMME, 1).orElseThrow();
        assertThat(then.focusAreas()).isEqualTo(first.focusAreas());
        assertThat(then.version()).isEqualTo(1);
        assertThat(then.changedSincePublished()).isFalse();
        assertThat(then.versions()).containsExactly(new Version(1, "Remissversion", at(50)));
        assertThat(then.municipalitiesCovered()).isEqualTo(first.municipalitiesCovered());
        assertThat(summaryAsOf(PROGRAMME, afterVersionTwo).orElseThrow().focusAreas())
                .isEqualTo(version(PROGRAMME, 2).orElseThrow().focusAreas());
        assertThat(summaryAsOf(PROGRAMME, beforeAnything)).as("the programme did not exist yet").isEmpty();

        ProgrammeDiffView expected = new ProgrammeDiffView(
                PROGRAMME, DraftPoint.version(1), DraftPoint.version(2), 1, 2,
                List.of(new FocusAreaChange(DIGITAL, "Digitalisering", "Digital infrastruktur")),
                List.of(),
                List.of(new PlacedProposal(PRAKTIK, "Praktikplatser i regionens företag", KOMPETENS,
                                           "Kompetensförsörjning")),
                List.of(new MovedProposal(FIBER, "Mobiltäckning och fiber längs E14", DIGITAL, TILLGANGLIGHET)),
                List.of(new ChangedProposal(PENDLA, "Samåkning och anropsstyrd trafik", List.of(new FieldChange(
                        "title", "Pendlingstjänst i Storsjöbygden", "Samåkning och anropsstyrd trafik")))));
        assertThat(diff(DraftPoint.version(1), DraftPoint.version(2))).isEqualTo(expected);
        assertThat(diff(DraftPoint.asOf(betweenVersions), DraftPoint.asOf(afterVersionTwo)))
                .usingRecursiveComparison().ignoringFields("from", "to").isEqualTo(expected);
        assertThat(diff(DraftPoint.version(2), DraftPoint.live()).changed()).containsExactly(new ChangedProposal(
                PENDLA, "Samåkning och anropsstyrd trafik",
                List.of(new FieldChange("status", "DRAFT", "UNDER_REVIEW"))));
        assertThat(diff(DraftPoint.asOf(beforeAnything), DraftPoint.version(1)).added())
                .extracting(PlacedProposal::proposalId).containsExactly(PRAKTIK, PENDLA, FIBER);
    }

    @Test
    void aProposalAsItStoodHasTheTitleAndStatusItHadThen() throws Exception {
        Instant beforeAnything = momentBetweenEvents();
        publishContributionsAndProposals();
        Instant drafted = momentBetweenEvents();
        events.publish(
                new ProposalRevised(PENDLA, "Samåkning och anropsstyrd trafik", "", "tema-mobilitet", at(51)),
                new ProposalStatusChanged(PENDLA, ProposalStatus.DRAFT, UNDER_REVIEW, null, at(52)));

        ProposalView then = queries.query(new FindProposalAsOf(PENDLA, drafted),
                                          ResponseTypes.optionalInstanceOf(ProposalView.class)).join().orElseThrow();
        assertThat(then.title()).isEqualTo("Pendlingstjänst i Storsjöbygden");
        assertThat(then.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(then.evidence()).extracting(ProposalView.EvidenceEntry::contributionId)
                                   .containsExactlyInAnyOrder("c-are-1", "c-kro-1");
        assertThat(queries.query(new FindProposalAsOf(PENDLA, beforeAnything),
                                 ResponseTypes.optionalInstanceOf(ProposalView.class)).join()).isEmpty();
    }

    @Test
    void aRetractedEvidenceContributionLowersTheCountsOfTheLiveDraftButNotOfAPublishedVersion() {
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(publishedAsPlaced(1, "Remissversion", at(50)));
        events.publish(
                KROKOM.retracted("c-kro-1", "Dubblett", at(51)),
                ARE.retracted("c-are-2", "Felregistrerad", at(52)));

        ProgrammeSummaryView summary = summary(PROGRAMME).orElseThrow();

        assertThat(summary.focusAreas()).extracting(FocusArea::proposals).containsExactly(
                List.of(new Proposal(PRAKTIK, "Praktikplatser i regionens företag", UNDER_REVIEW, 1,
                                     List.of("2380"), 5, 2)),
                List.of(new Proposal(PENDLA, "Pendlingstjänst i Storsjöbygden",
                                     ProposalStatus.DRAFT, 1, List.of("2321"), 4, 3)),
                List.of(FIBER_BRIEF));
        assertThat(summary.changedSincePublished())
                .as("a retraction is no change to a proposal: the command side would refuse to publish it again")
                .isFalse();
        assertThat(version(PROGRAMME, 1).orElseThrow().focusAreas()).extracting(FocusArea::proposals)
                .containsExactly(List.of(PRAKTIK_BRIEF), List.of(PENDLA_BRIEF), List.of(FIBER_BRIEF));

        events.publish(KROKOM.retracted("c-kro-2", "Hör till Strömsund", at(53)));
        ProgrammeSummaryView withoutKrokom = summary(PROGRAMME).orElseThrow();
        assertThat(withoutKrokom.focusAreas().get(2).proposals()).containsExactly(
                new Proposal(FIBER, "Mobiltäckning och fiber längs E14", ProposalStatus.DRAFT, 0,
                             List.of(), null, null));
        assertThat(withoutKrokom.municipalitiesCovered()).containsExactly(ARE_KOMMUN, OSTERSUND_KOMMUN);
        assertThat(withoutKrokom.municipalitiesNotCovered())
                .containsExactly(RAGUNDA, BRACKE, KROKOM_KOMMUN, STROMSUND, BERG, HARJEDALEN);
    }

    /** Two contributions of one visit cited in one event: a retraction of either must lower the count. */
    @Test
    void aRetractionLowersTheCountAlsoWhenTheProposalCitesTwoContributionsOfTheSameVisit() {
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(
                new ProposalDrafted("p-labb", "Öppet testlabb", "", "tema-kompetens",
                                    List.of(evidence(OSTERSUND, "c-ost-1"), evidence(OSTERSUND, "c-ost-2")), at(30)),
                new ProposalPlaced(PROGRAMME, "p-labb", KOMPETENS, null, at(31)),
                OSTERSUND.retracted("c-ost-2", "Felregistrerad", at(32)));

        assertThat(summary(PROGRAMME).orElseThrow().focusAreas().get(0).proposals()).containsExactly(
                PRAKTIK_BRIEF,
                new Proposal("p-labb", "Öppet testlabb", ProposalStatus.DRAFT, 1,
                             List.of("2380"), null, null));
    }

    /** A proposal keeps citing a retracted contribution; a split carrying it to a new one does not count it there. */
    @Test
    void retractedEvidenceCarriedByASplitDoesNotCountForTheNewProposal() {
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(
                KROKOM.retracted("c-kro-1", "Dubblett", at(30)),
                new ProposalSplit(PENDLA, "p-krokom", List.of("c-kro-1"), at(31)),
                new ProposalSplitOff("p-krokom", PENDLA, "Kollektivtrafik i Krokom", "", "tema-mobilitet",
                                     List.of(evidence(KROKOM, "c-kro-1")), at(31)),
                new ProposalPlaced(PROGRAMME, "p-krokom", TILLGANGLIGHET, null, at(32)));

        assertThat(summary(PROGRAMME).orElseThrow().focusAreas().get(1).proposals()).containsExactly(
                new Proposal(PENDLA, "Pendlingstjänst i Storsjöbygden", ProposalStatus.DRAFT, 1,
                             List.of("2321"), 4, 3),
                new Proposal("p-krokom", "Kollektivtrafik i Krokom", ProposalStatus.DRAFT, 0,
                             List.of(), null, null));
    }

    /** The merged proposal's evidence comes with its retracted contributions; those count for the target neither. */
    @Test
    void retractedEvidenceCarriedByAMergeDoesNotCountForTheTarget() {
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(
                new ProposalDrafted("p-lokaler", "Tomma lokaler blir kontorshotell", "", "tema-kompetens",
                                    List.of(evidence(ARE, "c-are-3"), evidence(OSTERSUND, "c-ost-2")), at(33)),
                OSTERSUND.retracted("c-ost-2", "Felregistrerad", at(34)),
                new ProposalMerged("p-lokaler", PRAKTIK, at(35)),
                new ProposalAbsorbed(PRAKTIK, "p-lokaler",
                                     List.of(evidence(ARE, "c-are-3"), evidence(OSTERSUND, "c-ost-2")), at(35)));

        assertThat(summary(PROGRAMME).orElseThrow().focusAreas().get(0).proposals()).containsExactly(
                new Proposal(PRAKTIK, "Praktikplatser i regionens företag", UNDER_REVIEW, 3, List.of("2321", "2380"),
                             5, 2));
    }

    @Test
    void aMergedProposalShowsMergedAndItsEvidenceCountsForTheProposalItWentInto() {
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(
                new ProposalMerged(FIBER, PENDLA, at(30)),
                new ProposalAbsorbed(PENDLA, FIBER, List.of(evidence(KROKOM, "c-kro-2")), at(30)),
                new EvidenceLinked(PENDLA, evidence(OSTERSUND, "c-ost-3"), at(31)));

        ProgrammeSummaryView summary = summary(PROGRAMME).orElseThrow();

        assertThat(summary.focusAreas().get(1).proposals()).containsExactly(
                new Proposal(PENDLA, "Pendlingstjänst i Storsjöbygden", ProposalStatus.DRAFT, 4,
                             List.of("2309", "2321", "2380"), 4, 3));
        assertThat(summary.focusAreas().get(2).proposals()).containsExactly(
                new Proposal(FIBER, "Mobiltäckning och fiber längs E14", MERGED, 1, List.of("2309"), null, null));
    }

    @Test
    void redeliveredEventsChangeNoDocument() {
        publishEverything();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        ProgrammeSummaryView summaryBefore = summary(PROGRAMME).orElseThrow();
        ProgrammeSummaryView versionBefore = version(PROGRAMME, 1).orElseThrow();

        for (long rewoundTo : List.of(projections.head() / 2, projections.head() / 4, 0L)) {
            long deliveredBefore = deliveries.of(ProgrammeProjection.PROCESSING_GROUP);
            projections.redeliverAfter(ProgrammeProjection.PROCESSING_GROUP, rewoundTo);

            assertThat(deliveries.of(ProgrammeProjection.PROCESSING_GROUP))
                    .isGreaterThanOrEqualTo(deliveredBefore + projections.handledAfter(ProgrammeProjection.PROCESSING_GROUP, rewoundTo));
            assertThat(summary(PROGRAMME)).contains(summaryBefore);
            assertThat(version(PROGRAMME, 1)).contains(versionBefore);
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

        projections.rebuild(ProgrammeProjection.PROCESSING_GROUP);

        assertThat(documents()).isEqualTo(incrementallyBuilt);
    }

    /** Visits to Åre, Östersund and Krokom, and three proposals citing what was heard there, two of them assessed. */
    private void publishContributionsAndProposals() {
        events.publish(
                ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                OSTERSUND.scheduled(TODAY.minusDays(6), "Storsjöteatern", "Anna Berg"),
                KROKOM.scheduled(TODAY.minusDays(5), "Krokomsporten", "Erik Lund"),
                ARE.recorded("c-are-1", NEED, CITIZEN, "Samåkning till jobbet i Järpen", at(0)),
                ARE.recorded("c-are-2", NEED, BUSINESS, "Svårt att rekrytera säsongspersonal", at(1)),
                ARE.recorded("c-are-3", OPPORTUNITY, ELECTED_OFFICIAL, "Tomma lokaler i Järpen", at(2)),
                OSTERSUND.recorded("c-ost-1", NEED, ACADEMIA, "Praktikplatser för studenter", at(3)),
                OSTERSUND.recorded("c-ost-2", IDEA, ACADEMIA, "Öppna universitetets labb", at(4)),
                OSTERSUND.recorded("c-ost-3", IDEA, CITIZEN, "Lånecyklar vid resecentrum", at(5)),
                KROKOM.recorded("c-kro-1", NEED, CITIZEN, "Bättre kollektivtrafik till Östersund", at(6)),
                KROKOM.recorded("c-kro-2", NEED, ELECTED_OFFICIAL, "Mobiltäckning längs E14", at(7)),
                new ProposalDrafted(PRAKTIK, "Praktikplatser i regionens företag", "", "tema-kompetens",
                                    List.of(evidence(OSTERSUND, "c-ost-1"), evidence(ARE, "c-are-2")), at(10)),
                new ProposalDrafted(PENDLA, "Pendlingstjänst i Storsjöbygden", "", "tema-mobilitet",
                                    List.of(evidence(ARE, "c-are-1"), evidence(KROKOM, "c-kro-1")), at(11)),
                new ProposalDrafted(FIBER, "Mobiltäckning och fiber längs E14", "", "tema-digital",
                                    List.of(evidence(KROKOM, "c-kro-2")), at(12)),
                new ProposalAssessed(PRAKTIK, new Assessment(5, 2, "Stort behov", "Anna Berg"), at(13)),
                new ProposalAssessed(PENDLA, new Assessment(2, 2, "Osäker finansiering", "Anna Berg"), at(14)),
                new ProposalAssessed(PENDLA, new Assessment(4, 3, "Norrtåg är med", "Erik Lund"), at(15)),
                new ProposalStatusChanged(PRAKTIK, ProposalStatus.DRAFT, UNDER_REVIEW, null,
                                          at(16)));
    }

    /** The programme with three focus areas, one proposal in each; and another programme, still empty. */
    private void publishProgramme() {
        events.publish(
                new ProgrammeStarted(PROGRAMME, PROGRAMME_NAME, 2025, at(20)),
                new FocusAreaAdded(PROGRAMME, KOMPETENS, "Kompetensförsörjning", at(21)),
                new FocusAreaAdded(PROGRAMME, TILLGANGLIGHET, "Tillgänglighet och resor", at(22)),
                new FocusAreaAdded(PROGRAMME, DIGITAL, "Digitalisering", at(23)),
                new ProgrammeStarted(OTHER_PROGRAMME, "Besöksnäringsprogram", 2020, at(24)),
                new ProposalPlaced(PROGRAMME, PENDLA, TILLGANGLIGHET, null, at(25)),
                new ProposalPlaced(PROGRAMME, PRAKTIK, KOMPETENS, null, at(26)),
                new ProposalPlaced(PROGRAMME, FIBER, KOMPETENS, null, at(27)),
                new ProposalPlaced(PROGRAMME, FIBER, DIGITAL, KOMPETENS, at(28)));
    }

    private void publishEverything() {
        publishContributionsAndProposals();
        publishProgramme();
        events.publish(publishedAsPlaced(1, "Remissversion", at(50)));
        events.publish(
                new ProposalRevised(PENDLA, "Samåkning och anropsstyrd trafik", "", "tema-mobilitet", at(51)),
                KROKOM.retracted("c-kro-1", "Dubblett", at(52)),
                new ProposalPlaced(PROGRAMME, FIBER, TILLGANGLIGHET, DIGITAL, at(53)),
                new ProposalMerged(PRAKTIK, PENDLA, at(54)),
                new ProposalAbsorbed(PENDLA, PRAKTIK, List.of(evidence(OSTERSUND, "c-ost-1"), evidence(ARE, "c-are-2")),
                                     at(54)),
                new ProposalRemoved(PROGRAMME, PRAKTIK, KOMPETENS, at(55)));
        events.publish(published(2, "Beslutsversion", at(56),
                                 area(KOMPETENS, "Kompetensförsörjning"),
                                 area(TILLGANGLIGHET, "Tillgänglighet och resor", PENDLA, FIBER),
                                 area(DIGITAL, "Digitalisering")));
        events.publish(new ProgrammeAdopted(PROGRAMME, 2, at(57)),
                       new ProposalStatusChanged(PENDLA, ProposalStatus.DRAFT, UNDER_REVIEW, null,
                                                 at(58)),
                       ARE.retracted("c-are-1", "Felregistrerad", at(59)));
    }

    /** The draft as the command side publishes it: the focus areas given, each proposal at its version now. */
    private DraftPublished published(int version, String note, Instant at, PublishedFocusArea... areas) {
        return new DraftPublished(PROGRAMME, version, note, PROGRAMME_NAME, List.of(areas), at);
    }

    private PublishedFocusArea area(String focusAreaId, String name, String... proposalIds) {
        return new PublishedFocusArea(focusAreaId, name, Arrays.stream(proposalIds)
                .map(id -> new PublishedProposal(id, events.lastSequence(id))).toList());
    }

    /** The draft as {@link #publishProgramme()} leaves it. */
    private DraftPublished publishedAsPlaced(int version, String note, Instant at) {
        return published(version, note, at,
                         area(KOMPETENS, "Kompetensförsörjning", PRAKTIK),
                         area(TILLGANGLIGHET, "Tillgänglighet och resor", PENDLA),
                         area(DIGITAL, "Digitalisering", FIBER));
    }

    private static Evidence evidence(VisitEvents visit, String contributionId) {
        return new Evidence(contributionId, visit.visitId(), visit.municipalityCode());
    }

    private static Instant at(int minutes) {
        return AT.plusSeconds(60L * minutes);
    }

    private Optional<ProgrammeSummaryView> summary(String programmeId) {
        projections.awaitCaughtUp();
        return queries.query(new FindProgrammeSummary(programmeId),
                             ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class)).join();
    }

    private Optional<ProgrammeSummaryView> summaryAsOf(String programmeId, Instant asOf) {
        return queries.query(new FindProgrammeSummaryAsOf(programmeId, asOf),
                             ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class)).join();
    }

    private ProgrammeDiffView diff(DraftPoint from, DraftPoint to) {
        projections.awaitCaughtUp();
        return queries.query(new FindProgrammeDiff(PROGRAMME, from, to), ProgrammeDiffView.class).join();
    }

    /** An instant strictly between the events stored before and after it: the stores keep milliseconds. */
    private static Instant momentBetweenEvents() throws InterruptedException {
        Thread.sleep(5);
        Instant moment = Instant.now();
        Thread.sleep(5);
        return moment;
    }

    private Optional<ProgrammeSummaryView> version(String programmeId, int version) {
        projections.awaitCaughtUp();
        return queries.query(new FindProgrammeVersion(programmeId, version),
                             ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class)).join();
    }

    private ProgrammeList programmes() {
        projections.awaitCaughtUp();
        return queries.query(new ListProgrammes(), ProgrammeList.class).join();
    }


    private Map<String, List<Document>> documents() {
        return projections.documents(ProgrammeProjection.PROCESSING_GROUP);
    }
}
