package se.nyskapa.command.proposal;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.nyskapa.command.Fakes;
import se.nyskapa.proposal.AssessProposal;
import se.nyskapa.proposal.Assessment;
import se.nyskapa.proposal.ChangeProposalStatus;
import se.nyskapa.proposal.DraftProposal;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.LinkEvidence;
import se.nyskapa.proposal.MergeProposals;
import se.nyskapa.proposal.NamePilotMunicipalities;
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
import se.nyskapa.proposal.ReviseProposal;
import se.nyskapa.proposal.SplitProposal;
import se.nyskapa.proposal.UnlinkEvidence;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.VisitScheduled;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.command.Rejections.rejectedAs;
import static se.nyskapa.rejection.Rejection.Reason.CONFLICT;
import static se.nyskapa.rejection.Rejection.Reason.INVALID;

class ProposalTest {

    private static final Instant NOW = Instant.parse("2016-02-03T10:15:00Z");
    private static final Instant EARLIER = Instant.parse("2016-01-20T13:00:00Z");

    private static final String PROPOSAL_ID = "p-idesluss-unga";
    private static final String TITLE = "Idésluss för unga entreprenörer";
    private static final String DESCRIPTION = "En väg in för unga med affärsidéer: mentorer, lokaler och en första "
            + "kund i kommunen.";
    private static final String REVISED_TITLE = "Idésluss för unga entreprenörer i hela länet";
    /** The proposal a merge takes in, or a split makes. */
    private static final String OTHER_ID = "p-mentorer-unga";
    private static final String OTHER_TITLE = "Mentorprogram för unga företagare";
    private static final String THIRD_ID = "p-kvallsturer-jarpen";

    private static final String IDESLUSSAR = "ideslussar";
    private static final String DIALOGPLATTFORM = "dialogplattform";
    private static final String KREATIV_BYRAKRATI = "kreativ-byrakrati";
    private static final String ORGANISATIONSKULTUR = "organisationskultur-for-innovation";
    private static final String DESIGN = "design-for-samhallsutveckling";

    private static final Evidence FROM_AARE = new Evidence("c-are-1", "are-2015-11-12", "2321");
    private static final Evidence FROM_OSTERSUND = new Evidence("c-ostersund-1", "ostersund-2015-11-20", "2380");
    private static final Evidence FROM_KROKOM = new Evidence("c-krokom-1", "krokom-2015-11-10", "2309");
    private static final String RETRACTED_CONTRIBUTION = "c-krokom-2";

    private static final ProposalDrafted DRAFTED = new ProposalDrafted(
            PROPOSAL_ID, TITLE, DESCRIPTION, IDESLUSSAR, List.of(FROM_AARE, FROM_OSTERSUND), EARLIER);
    private static final ProposalDrafted DRAFTED_WITH_THREE = new ProposalDrafted(
            PROPOSAL_ID, TITLE, DESCRIPTION, IDESLUSSAR, List.of(FROM_AARE, FROM_OSTERSUND, FROM_KROKOM), EARLIER);
    private static final ProposalMerged MERGED_AWAY = new ProposalMerged(PROPOSAL_ID, THIRD_ID, EARLIER);
    private static final Assessment ASSESSMENT = new Assessment(
            4, 3, "Stor efterfrågan i Åre och Östersund; kräver samverkan med Almi.", "Karin Ödmark");

    private final Fakes fakes = new Fakes();
    private FixtureConfiguration<Proposal> fixture;
    private OtherProposals others;

    @BeforeEach
    void setUp() {
        fakes.themes.active(IDESLUSSAR).active(DIALOGPLATTFORM).active(ORGANISATIONSKULTUR)
                    .merged(KREATIV_BYRAKRATI, ORGANISATIONSKULTUR).retired(DESIGN);
        for (Evidence evidence : List.of(FROM_AARE, FROM_OSTERSUND, FROM_KROKOM)) {
            fakes.contributions.add(evidence.contributionId(), evidence.visitId(), evidence.municipalityCode());
        }
        fakes.contributions.addRetracted(RETRACTED_CONTRIBUTION, "krokom-2015-11-10", "2309");
        fixture = fakes.fixture(Proposal.class, NOW);
        others = new OtherProposals(fixture.getRepository(), PROPOSAL_ID);
        fixture.registerAnnotatedCommandHandler(new ProposalLineage(others));
    }

    // --- DraftProposal

    @Test
    void draftProposal_draftsItWithWhereEachContributionWasHeard() {
        fixture.givenNoPriorActivity()
               .when(draft(List.of("c-are-1", "c-ostersund-1")))
               .expectEvents(new ProposalDrafted(PROPOSAL_ID, TITLE, DESCRIPTION, IDESLUSSAR,
                                                 List.of(FROM_AARE, FROM_OSTERSUND), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void draftProposal_withoutADescription_draftsItWithAnEmptyOne() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(PROPOSAL_ID, TITLE, null, IDESLUSSAR, List.of("c-are-1")))
               .expectEvents(new ProposalDrafted(PROPOSAL_ID, TITLE, "", IDESLUSSAR, List.of(FROM_AARE), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void draftProposal_citesAContributionNamedTwiceOnce() {
        fixture.givenNoPriorActivity()
               .when(draft(List.of("c-are-1", "c-ostersund-1", "c-are-1")))
               .expectEvents(new ProposalDrafted(PROPOSAL_ID, TITLE, DESCRIPTION, IDESLUSSAR,
                                                 List.of(FROM_AARE, FROM_OSTERSUND), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void draftProposal_filesItUnderTheThemeAMergedThemeWentInto() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(PROPOSAL_ID, TITLE, DESCRIPTION, KREATIV_BYRAKRATI, List.of("c-are-1")))
               .expectEvents(new ProposalDrafted(PROPOSAL_ID, TITLE, DESCRIPTION, ORGANISATIONSKULTUR,
                                                 List.of(FROM_AARE), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void draftProposal_changesNothing_whenRepeatedIdentically() {
        fixture.given(DRAFTED)
               .when(draft(List.of("c-are-1", "c-ostersund-1")))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void draftProposal_changesNothing_whenRepeatedWithTheEvidenceInAnotherOrder() {
        fixture.given(DRAFTED)
               .when(draft(List.of("c-ostersund-1", "c-are-1")))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void draftProposal_changesNothing_whenRepeatedAfterTheProposalWasRevised() {
        fixture.given(DRAFTED, new ProposalRevised(PROPOSAL_ID, REVISED_TITLE, DESCRIPTION, IDESLUSSAR, EARLIER))
               .when(draft(List.of("c-are-1", "c-ostersund-1")))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void draftProposal_changesNothing_whenRepeatedWithTheMergedThemeItWasFiledUnderTheOtherFor() {
        fixture.given(new ProposalDrafted(PROPOSAL_ID, TITLE, DESCRIPTION, ORGANISATIONSKULTUR, List.of(FROM_AARE),
                                          EARLIER))
               .when(new DraftProposal(PROPOSAL_ID, TITLE, DESCRIPTION, KREATIV_BYRAKRATI, List.of("c-are-1")))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void draftProposal_isRefused_whenRepeatedWithAnotherTheme() {
        fixture.given(DRAFTED)
               .when(new DraftProposal(PROPOSAL_ID, TITLE, DESCRIPTION, DIALOGPLATTFORM,
                                       List.of("c-are-1", "c-ostersund-1")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    @Test
    void draftProposal_isRefused_whenTheProposalExistsWithOtherContent() {
        fixture.given(DRAFTED)
               .when(draft(List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    @Test
    void draftProposal_isRefused_whenTheProposalWasMadeByASplit() {
        fixture.given(new ProposalSplitOff(PROPOSAL_ID, THIRD_ID, TITLE, DESCRIPTION, IDESLUSSAR,
                                           List.of(FROM_AARE, FROM_OSTERSUND), EARLIER))
               .when(draft(List.of("c-are-1", "c-ostersund-1")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    /** Ids name one thing: Axon refuses to load another kind of stream, and the API answers that with a 409. */
    @Test
    void draftProposal_onAnIdHoldingAVisit_failsBeforeTheHandler_andStoresNothing() {
        fixture.given(new VisitScheduled(PROPOSAL_ID, "2321", LocalDate.of(2015, 11, 12), "Holiday Club, Åre",
                                         List.of(), EARLIER))
               .when(draft(List.of("c-are-1")))
               .expectNoEvents()
               .expectException(IncompatibleAggregateException.class);
    }

    @Test
    void draftProposal_isRefused_withoutAProposalId() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(" ", TITLE, DESCRIPTION, IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "proposalId"));
    }

    @Test
    void draftProposal_isRefused_forABlankTitle() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(PROPOSAL_ID, " ", DESCRIPTION, IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "title"));
    }

    @Test
    void draftProposal_isRefused_forATitleOfMoreThan200Characters() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(PROPOSAL_ID, "å".repeat(201), DESCRIPTION, IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "title"));
    }

    @Test
    void draftProposal_isRefused_forADescriptionOfMoreThan4000Characters() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(PROPOSAL_ID, TITLE, "ö".repeat(4_001), IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "description"));
    }

    @Test
    void draftProposal_isRefused_withoutATheme() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(PROPOSAL_ID, TITLE, DESCRIPTION, null, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeId"));
    }

    @Test
    void draftProposal_isRefused_forAnUnknownTheme() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(PROPOSAL_ID, TITLE, DESCRIPTION, "fjallturism", List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeId"));
    }

    @Test
    void draftProposal_isRefused_forARetiredTheme() {
        fixture.givenNoPriorActivity()
               .when(new DraftProposal(PROPOSAL_ID, TITLE, DESCRIPTION, DESIGN, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeId"));
    }

    @Test
    void draftProposal_isRefused_withEvidenceThatDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(draft(List.of("c-are-1", "c-finns-inte")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "evidence"));
    }

    @Test
    void draftProposal_isRefused_withARetractedContributionAsEvidence() {
        fixture.givenNoPriorActivity()
               .when(draft(List.of("c-are-1", RETRACTED_CONTRIBUTION)))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "evidence"));
    }

    @Test
    void draftProposal_isRefused_withoutEvidence() {
        fixture.givenNoPriorActivity()
               .when(draft(List.of()))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "evidence"));
    }

    @Test
    void draftProposal_isRefused_withoutAnEvidenceList() {
        fixture.givenNoPriorActivity()
               .when(draft(null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "evidence"));
    }

    @Test
    void draftProposal_isRefused_withABlankContributionId() {
        fixture.givenNoPriorActivity()
               .when(draft(Arrays.asList("c-are-1", " ")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "evidence"));
    }

    @Test
    void draftProposal_isRefused_withMoreThan500Contributions() {
        fixture.givenNoPriorActivity()
               .when(draft(IntStream.rangeClosed(1, 501).mapToObj(n -> "c-" + n).toList()))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "evidence"));
    }

    // --- ReviseProposal

    @Test
    void reviseProposal_revisesTitleDescriptionAndTheme() {
        fixture.given(DRAFTED)
               .when(new ReviseProposal(PROPOSAL_ID, REVISED_TITLE, null, DIALOGPLATTFORM))
               .expectEvents(new ProposalRevised(PROPOSAL_ID, REVISED_TITLE, "", DIALOGPLATTFORM, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void reviseProposal_changesNothing_forTheCurrentContent() {
        fixture.given(DRAFTED)
               .when(new ReviseProposal(PROPOSAL_ID, TITLE, DESCRIPTION, IDESLUSSAR))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void reviseProposal_changesNothing_forAMergedThemeThatWentIntoItsTheme() {
        fixture.given(new ProposalDrafted(PROPOSAL_ID, TITLE, DESCRIPTION, ORGANISATIONSKULTUR, List.of(FROM_AARE),
                                          EARLIER))
               .when(new ReviseProposal(PROPOSAL_ID, TITLE, DESCRIPTION, KREATIV_BYRAKRATI))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void reviseProposal_isRefused_forABlankTitle() {
        fixture.given(DRAFTED)
               .when(new ReviseProposal(PROPOSAL_ID, "", DESCRIPTION, IDESLUSSAR))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "title"));
    }

    @Test
    void reviseProposal_isRefused_forADescriptionOfMoreThan4000Characters() {
        fixture.given(DRAFTED)
               .when(new ReviseProposal(PROPOSAL_ID, TITLE, "ä".repeat(4_001), IDESLUSSAR))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "description"));
    }

    @Test
    void reviseProposal_isRefused_forARetiredTheme() {
        fixture.given(DRAFTED)
               .when(new ReviseProposal(PROPOSAL_ID, TITLE, DESCRIPTION, DESIGN))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeId"));
    }

    @Test
    void reviseProposal_isRefused_forAnUnknownTheme() {
        fixture.given(DRAFTED)
               .when(new ReviseProposal(PROPOSAL_ID, TITLE, DESCRIPTION, "fjallturism"))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeId"));
    }

    @Test
    void reviseProposal_isRefused_forAMergedProposal() {
        fixture.given(DRAFTED, MERGED_AWAY)
               .when(new ReviseProposal(PROPOSAL_ID, REVISED_TITLE, DESCRIPTION, IDESLUSSAR))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    @Test
    void reviseProposal_isRefused_whenTheProposalDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(new ReviseProposal(PROPOSAL_ID, REVISED_TITLE, DESCRIPTION, IDESLUSSAR))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    // --- LinkEvidence and UnlinkEvidence

    @Test
    void linkEvidence_citesTheContributionWithWhereItWasHeard() {
        fixture.given(DRAFTED)
               .when(new LinkEvidence(PROPOSAL_ID, "c-krokom-1"))
               .expectEvents(new EvidenceLinked(PROPOSAL_ID, FROM_KROKOM, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void linkEvidence_changesNothing_whenTheContributionIsAlreadyCited() {
        fixture.given(DRAFTED)
               .when(new LinkEvidence(PROPOSAL_ID, "c-are-1"))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void linkEvidence_isRefused_forAContributionThatDoesNotExist() {
        fixture.given(DRAFTED)
               .when(new LinkEvidence(PROPOSAL_ID, "c-finns-inte"))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "contributionId"));
    }

    @Test
    void linkEvidence_isRefused_forARetractedContribution() {
        fixture.given(DRAFTED)
               .when(new LinkEvidence(PROPOSAL_ID, RETRACTED_CONTRIBUTION))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void linkEvidence_isRefused_withoutAContributionId() {
        fixture.given(DRAFTED)
               .when(new LinkEvidence(PROPOSAL_ID, " "))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "contributionId"));
    }

    @Test
    void linkEvidence_isRefused_whenTheProposalAlreadyCites500Contributions() {
        List<Evidence> full = IntStream.rangeClosed(1, 500)
                                       .mapToObj(n -> new Evidence("c-" + n, "are-2015-11-12", "2321")).toList();

        fixture.given(new ProposalDrafted(PROPOSAL_ID, TITLE, DESCRIPTION, IDESLUSSAR, full, EARLIER))
               .when(new LinkEvidence(PROPOSAL_ID, "c-krokom-1"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void linkEvidence_isRefused_forAMergedProposal() {
        fixture.given(DRAFTED, MERGED_AWAY)
               .when(new LinkEvidence(PROPOSAL_ID, "c-krokom-1"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    @Test
    void unlinkEvidence_stopsCitingTheContribution() {
        fixture.given(DRAFTED)
               .when(new UnlinkEvidence(PROPOSAL_ID, "c-ostersund-1"))
               .expectEvents(new EvidenceUnlinked(PROPOSAL_ID, "c-ostersund-1", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void unlinkEvidence_changesNothing_forAContributionNotCited() {
        fixture.given(DRAFTED)
               .when(new UnlinkEvidence(PROPOSAL_ID, "c-krokom-1"))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void unlinkEvidence_isRefused_forTheLastEvidence() {
        fixture.given(DRAFTED, new EvidenceUnlinked(PROPOSAL_ID, "c-ostersund-1", EARLIER))
               .when(new UnlinkEvidence(PROPOSAL_ID, "c-are-1"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    @Test
    void unlinkEvidence_isRefused_forAMergedProposal() {
        fixture.given(DRAFTED, MERGED_AWAY)
               .when(new UnlinkEvidence(PROPOSAL_ID, "c-ostersund-1"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    // --- AssessProposal

    @Test
    void assessProposal_recordsTheAssessment() {
        fixture.given(DRAFTED)
               .when(assess(4, 3))
               .expectEvents(new ProposalAssessed(PROPOSAL_ID, ASSESSMENT, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void assessProposal_acceptsTheScores1And5() {
        fixture.given(DRAFTED)
               .when(assess(1, 5))
               .expectEvents(new ProposalAssessed(PROPOSAL_ID, new Assessment(1, 5, ASSESSMENT.rationale(),
                                                                              ASSESSMENT.assessedBy()), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void assessProposal_changesNothing_forTheCurrentAssessment() {
        fixture.given(DRAFTED, new ProposalAssessed(PROPOSAL_ID, ASSESSMENT, EARLIER))
               .when(assess(4, 3))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(ints = {0, 6})
    void assessProposal_isRefused_forAnImpactOutside1To5(Integer impact) {
        fixture.given(DRAFTED)
               .when(assess(impact, 3))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "impact"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(ints = {0, 6})
    void assessProposal_isRefused_forAFeasibilityOutside1To5(Integer feasibility) {
        fixture.given(DRAFTED)
               .when(assess(4, feasibility))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "feasibility"));
    }

    @Test
    void assessProposal_isRefused_withoutARationale() {
        fixture.given(DRAFTED)
               .when(new AssessProposal(PROPOSAL_ID, 4, 3, " ", ASSESSMENT.assessedBy()))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "rationale"));
    }

    @Test
    void assessProposal_isRefused_withoutWhoAssessed() {
        fixture.given(DRAFTED)
               .when(new AssessProposal(PROPOSAL_ID, 4, 3, ASSESSMENT.rationale(), null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "assessedBy"));
    }

    @Test
    void assessProposal_isRefused_forAMergedProposal() {
        fixture.given(DRAFTED, MERGED_AWAY)
               .when(assess(4, 3))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    // --- NamePilotMunicipalities

    @Test
    void namePilotMunicipalities_namesTheKommuner() {
        fixture.given(DRAFTED)
               .when(new NamePilotMunicipalities(PROPOSAL_ID, List.of("2321", "2380", "2321")))
               .expectEvents(new PilotMunicipalitiesNamed(PROPOSAL_ID, List.of("2321", "2380"), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void namePilotMunicipalities_changesNothing_forTheSameKommunerInAnotherOrder() {
        fixture.given(DRAFTED, new PilotMunicipalitiesNamed(PROPOSAL_ID, List.of("2321", "2380"), EARLIER))
               .when(new NamePilotMunicipalities(PROPOSAL_ID, List.of("2380", "2321")))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void namePilotMunicipalities_withAnEmptyList_removesThem() {
        fixture.given(DRAFTED, new PilotMunicipalitiesNamed(PROPOSAL_ID, List.of("2309"), EARLIER))
               .when(new NamePilotMunicipalities(PROPOSAL_ID, List.of()))
               .expectEvents(new PilotMunicipalitiesNamed(PROPOSAL_ID, List.of(), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void namePilotMunicipalities_isRefused_forAKommunOutsideTheRegion() {
        fixture.given(DRAFTED)
               .when(new NamePilotMunicipalities(PROPOSAL_ID, List.of("2321", "0180")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "municipalityCodes"));
    }

    @Test
    void namePilotMunicipalities_isRefused_withoutAList() {
        fixture.given(DRAFTED)
               .when(new NamePilotMunicipalities(PROPOSAL_ID, null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "municipalityCodes"));
    }

    @Test
    void namePilotMunicipalities_isRefused_forAMergedProposal() {
        fixture.given(DRAFTED, MERGED_AWAY)
               .when(new NamePilotMunicipalities(PROPOSAL_ID, List.of("2321")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    // --- ChangeProposalStatus

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "DRAFT, UNDER_REVIEW", "DRAFT, PARKED", "DRAFT, REJECTED",
            "UNDER_REVIEW, DRAFT", "UNDER_REVIEW, INCLUDED", "UNDER_REVIEW, PARKED", "UNDER_REVIEW, REJECTED",
            "INCLUDED, UNDER_REVIEW", "INCLUDED, PARKED",
            "PARKED, DRAFT", "PARKED, UNDER_REVIEW",
            "REJECTED, UNDER_REVIEW"})
    void changeProposalStatus_movesItAlongAnAllowedTransition(ProposalStatus from, ProposalStatus to) {
        fixture.given(inStatus(from))
               .when(new ChangeProposalStatus(PROPOSAL_ID, to, "Beslut i beredningsgruppen"))
               .expectEvents(new ProposalStatusChanged(PROPOSAL_ID, from, to, "Beslut i beredningsgruppen", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "DRAFT, INCLUDED",
            "INCLUDED, DRAFT", "INCLUDED, REJECTED",
            "PARKED, INCLUDED", "PARKED, REJECTED",
            "REJECTED, DRAFT", "REJECTED, INCLUDED", "REJECTED, PARKED"})
    void changeProposalStatus_isRefused_alongATransitionNotAllowed(ProposalStatus from, ProposalStatus to) {
        fixture.given(inStatus(from))
               .when(new ChangeProposalStatus(PROPOSAL_ID, to, null))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "status"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DRAFT", "UNDER_REVIEW", "INCLUDED", "PARKED", "REJECTED"})
    void changeProposalStatus_changesNothing_forTheCurrentStatus(ProposalStatus status) {
        fixture.given(inStatus(status))
               .when(new ChangeProposalStatus(PROPOSAL_ID, status, "Igen"))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void changeProposalStatus_isRefused_toMerged() {
        fixture.given(DRAFTED)
               .when(new ChangeProposalStatus(PROPOSAL_ID, ProposalStatus.MERGED, null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "status"));
    }

    @Test
    void changeProposalStatus_isRefused_withoutAStatus() {
        fixture.given(DRAFTED)
               .when(new ChangeProposalStatus(PROPOSAL_ID, null, null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "status"));
    }

    @Test
    void changeProposalStatus_isRefused_forANoteOfMoreThan4000Characters() {
        fixture.given(DRAFTED)
               .when(new ChangeProposalStatus(PROPOSAL_ID, ProposalStatus.UNDER_REVIEW, "å".repeat(4_001)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "note"));
    }

    @Test
    void changeProposalStatus_isRefused_forAMergedProposal() {
        fixture.given(DRAFTED, MERGED_AWAY)
               .when(new ChangeProposalStatus(PROPOSAL_ID, ProposalStatus.UNDER_REVIEW, null))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    // --- MergeProposals (ProposalLineage): PROPOSAL_ID takes in OTHER_ID

    @Test
    void mergeProposals_movesTheEvidenceNotYetCitedIntoTheTarget_andMarksTheOtherMerged() {
        others.given(OTHER_ID, new ProposalDrafted(OTHER_ID, OTHER_TITLE, "", IDESLUSSAR,
                                                   List.of(FROM_OSTERSUND, FROM_KROKOM), EARLIER));

        fixture.given(DRAFTED)
               .when(new MergeProposals(PROPOSAL_ID, OTHER_ID))
               .expectEvents(new ProposalAbsorbed(PROPOSAL_ID, OTHER_ID, List.of(FROM_KROKOM), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
        assertThat(others.eventsOf(OTHER_ID)).last().isEqualTo(new ProposalMerged(OTHER_ID, PROPOSAL_ID, NOW));
    }

    @Test
    void mergeProposals_changesNothing_whenTheOtherIsAlreadyMergedIntoThisOne() {
        others.given(OTHER_ID, new ProposalDrafted(OTHER_ID, OTHER_TITLE, "", IDESLUSSAR, List.of(FROM_KROKOM),
                                                   EARLIER),
                     new ProposalMerged(OTHER_ID, PROPOSAL_ID, EARLIER));

        fixture.given(DRAFTED, new ProposalAbsorbed(PROPOSAL_ID, OTHER_ID, List.of(FROM_KROKOM), EARLIER))
               .when(new MergeProposals(PROPOSAL_ID, OTHER_ID))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
        assertThat(others.eventsOf(OTHER_ID)).hasSize(2);
    }

    @Test
    void mergeProposals_isRefused_whenTheOtherIsAlreadyMergedIntoAnotherProposal() {
        others.given(OTHER_ID, new ProposalDrafted(OTHER_ID, OTHER_TITLE, "", IDESLUSSAR, List.of(FROM_KROKOM),
                                                   EARLIER),
                     new ProposalMerged(OTHER_ID, THIRD_ID, EARLIER));

        fixture.given(DRAFTED)
               .when(new MergeProposals(PROPOSAL_ID, OTHER_ID))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "mergedProposalId"));
        assertThat(others.eventsOf(OTHER_ID)).hasSize(2);
    }

    @Test
    void mergeProposals_isRefused_whenTheTargetIsItselfMerged() {
        others.given(OTHER_ID, new ProposalDrafted(OTHER_ID, OTHER_TITLE, "", IDESLUSSAR, List.of(FROM_KROKOM),
                                                   EARLIER));

        fixture.given(DRAFTED, MERGED_AWAY)
               .when(new MergeProposals(PROPOSAL_ID, OTHER_ID))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
        assertThat(others.eventsOf(OTHER_ID)).hasSize(1);
    }

    @Test
    void mergeProposals_isRefused_intoItself() {
        fixture.given(DRAFTED)
               .when(new MergeProposals(PROPOSAL_ID, PROPOSAL_ID))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "mergedProposalId"));
    }

    @Test
    void mergeProposals_isRefused_withoutTheProposalToMerge() {
        fixture.given(DRAFTED)
               .when(new MergeProposals(PROPOSAL_ID, " "))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "mergedProposalId"));
    }

    @Test
    void mergeProposals_isRefused_forAProposalToMergeThatDoesNotExist() {
        fixture.given(DRAFTED)
               .when(new MergeProposals(PROPOSAL_ID, "p-finns-inte"))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "mergedProposalId"));
    }

    @Test
    void mergeProposals_isRefused_whenTheTargetDoesNotExist() {
        others.given(OTHER_ID, new ProposalDrafted(OTHER_ID, OTHER_TITLE, "", IDESLUSSAR, List.of(FROM_KROKOM),
                                                   EARLIER));

        fixture.givenNoPriorActivity()
               .when(new MergeProposals(PROPOSAL_ID, OTHER_ID))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
        assertThat(others.eventsOf(OTHER_ID)).hasSize(1);
    }

    // --- SplitProposal (ProposalLineage): OTHER_ID is split off PROPOSAL_ID

    @Test
    void splitProposal_movesTheNamedEvidenceToANewProposal() {
        fixture.given(DRAFTED_WITH_THREE)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR, List.of("c-krokom-1")))
               .expectEvents(new ProposalSplit(PROPOSAL_ID, OTHER_ID, List.of("c-krokom-1"), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
        assertThat(others.eventsOf(OTHER_ID)).containsExactly(new ProposalSplitOff(
                OTHER_ID, PROPOSAL_ID, OTHER_TITLE, "", IDESLUSSAR, List.of(FROM_KROKOM), NOW));
    }

    @Test
    void splitProposal_filesTheNewProposalUnderTheThemeAMergedThemeWentInto() {
        fixture.given(DRAFTED_WITH_THREE)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, DESCRIPTION, KREATIV_BYRAKRATI,
                                       List.of("c-krokom-1", "c-ostersund-1")))
               .expectEvents(new ProposalSplit(PROPOSAL_ID, OTHER_ID, List.of("c-krokom-1", "c-ostersund-1"), NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
        assertThat(others.eventsOf(OTHER_ID)).containsExactly(new ProposalSplitOff(
                OTHER_ID, PROPOSAL_ID, OTHER_TITLE, DESCRIPTION, ORGANISATIONSKULTUR,
                List.of(FROM_KROKOM, FROM_OSTERSUND), NOW));
    }

    @Test
    void splitProposal_changesNothing_whenRepeatedIdentically() {
        fakes.proposals.add(OTHER_ID, ProposalStatus.DRAFT, 0);
        others.given(OTHER_ID, new ProposalSplitOff(OTHER_ID, PROPOSAL_ID, OTHER_TITLE, "", IDESLUSSAR,
                                                    List.of(FROM_KROKOM), EARLIER));

        fixture.given(DRAFTED_WITH_THREE, new ProposalSplit(PROPOSAL_ID, OTHER_ID, List.of("c-krokom-1"), EARLIER))
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR, List.of("c-krokom-1")))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
        assertThat(others.eventsOf(OTHER_ID)).hasSize(1);
    }

    @Test
    void splitProposal_isRefused_whenTheNewIdIsTakenByAnotherProposal() {
        fakes.proposals.add(OTHER_ID, ProposalStatus.DRAFT, 0);
        others.given(OTHER_ID, new ProposalDrafted(OTHER_ID, OTHER_TITLE, "", IDESLUSSAR, List.of(FROM_KROKOM),
                                                   EARLIER));

        fixture.given(DRAFTED_WITH_THREE)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR, List.of("c-krokom-1")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "newProposalId"));
    }

    @Test
    void splitProposal_isRefused_whenItWouldTakeAllTheEvidence() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR,
                                       List.of("c-ostersund-1", "c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "evidence"));
        assertThat(others.eventsOf(OTHER_ID)).isEmpty();
    }

    @Test
    void splitProposal_isRefused_forEvidenceTheProposalDoesNotCite() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR, List.of("c-krokom-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "evidence"));
    }

    @Test
    void splitProposal_isRefused_withoutEvidence() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR, List.of()))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "evidence"));
    }

    @Test
    void splitProposal_isRefused_withoutAnEvidenceList() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR, null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "evidence"));
    }

    @Test
    void splitProposal_isRefused_withoutANewProposalId() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, "", OTHER_TITLE, null, IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "newProposalId"));
    }

    @Test
    void splitProposal_isRefused_intoItsOwnId() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, PROPOSAL_ID, OTHER_TITLE, null, IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "newProposalId"));
    }

    @Test
    void splitProposal_isRefused_forABlankTitle() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, " ", null, IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "title"));
    }

    @Test
    void splitProposal_isRefused_forADescriptionOfMoreThan4000Characters() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, "ö".repeat(4_001), IDESLUSSAR,
                                       List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "description"));
    }

    @Test
    void splitProposal_isRefused_forAnUnknownTheme() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, "fjallturism", List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeId"));
    }

    @Test
    void splitProposal_isRefused_forARetiredTheme() {
        fixture.given(DRAFTED)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, DESIGN, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeId"));
    }

    @Test
    void splitProposal_isRefused_forAMergedProposal() {
        fixture.given(DRAFTED, MERGED_AWAY)
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    @Test
    void splitProposal_isRefused_whenTheProposalDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(new SplitProposal(PROPOSAL_ID, OTHER_ID, OTHER_TITLE, null, IDESLUSSAR, List.of("c-are-1")))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    private static DraftProposal draft(List<String> evidence) {
        return new DraftProposal(PROPOSAL_ID, TITLE, DESCRIPTION, IDESLUSSAR, evidence);
    }

    private static AssessProposal assess(Integer impact, Integer feasibility) {
        return new AssessProposal(PROPOSAL_ID, impact, feasibility, ASSESSMENT.rationale(), ASSESSMENT.assessedBy());
    }

    private static List<Object> inStatus(ProposalStatus status) {
        return status == ProposalStatus.DRAFT
                ? List.of(DRAFTED)
                : List.of(DRAFTED, new ProposalStatusChanged(PROPOSAL_ID, ProposalStatus.DRAFT, status, null,
                                                             EARLIER));
    }
}
