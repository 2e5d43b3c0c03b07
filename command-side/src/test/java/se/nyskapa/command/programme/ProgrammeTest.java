package se.nyskapa.command.programme;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.nyskapa.command.Fakes;
import se.nyskapa.programme.AddFocusArea;
import se.nyskapa.programme.AdoptProgramme;
import se.nyskapa.programme.DraftPublished;
import se.nyskapa.programme.DraftPublished.PublishedFocusArea;
import se.nyskapa.programme.DraftPublished.PublishedProposal;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.PlaceProposal;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.programme.PublishDraft;
import se.nyskapa.programme.RemoveProposal;
import se.nyskapa.programme.RenameFocusArea;
import se.nyskapa.programme.StartProgramme;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.visit.Outcome;

import java.time.Instant;
import java.util.List;

import static se.nyskapa.command.Rejections.rejectedAs;
import static se.nyskapa.rejection.Rejection.Reason.CONFLICT;
import static se.nyskapa.rejection.Rejection.Reason.INVALID;
import static se.nyskapa.rejection.Rejection.Reason.NOT_FOUND;

class ProgrammeTest {

    private static final Instant NOW = Instant.parse("2016-05-10T09:00:00Z");
    private static final Instant EARLIER = Instant.parse("2016-04-28T14:20:00Z");
    private static final String PROGRAMME_ID = "innovationsprogram-2030";
    private static final String NAME = "Innovationsprogram för Jämtland Härjedalen 2030";

    private static final String UNGA = "unga-entreprenorer";
    private static final String UNGA_NAME = "Unga entreprenörer";
    private static final String DIALOG = "dialog-och-delaktighet";
    private static final String DIALOG_NAME = "Dialog och delaktighet";
    private static final String OTHER_PROGRAMMES_AREA = "halsa-2025-samskapande-vard";

    private static final String IDESLUSS = "p-idesluss-unga";
    private static final String KOLLEKTIVTRAFIK = "p-kvallsturer-jarpen";
    private static final String AVSLAGET = "p-fjallbuss-avslag";
    private static final String SAMMANSLAGET = "p-mentorer-unga";

    private static final ProgrammeStarted STARTED = new ProgrammeStarted(PROGRAMME_ID, NAME, 2030, EARLIER);
    private static final FocusAreaAdded UNGA_ADDED = new FocusAreaAdded(PROGRAMME_ID, UNGA, UNGA_NAME, EARLIER);
    private static final FocusAreaAdded DIALOG_ADDED = new FocusAreaAdded(PROGRAMME_ID, DIALOG, DIALOG_NAME, EARLIER);
    private static final ProposalPlaced IDESLUSS_PLACED = new ProposalPlaced(PROGRAMME_ID, IDESLUSS, UNGA, null,
                                                                             EARLIER);
    private static final DraftPublished VERSION_1 = new DraftPublished(
            PROGRAMME_ID, 1, "Första utkastet till regionala utvecklingsnämnden", NAME,
            List.of(new PublishedFocusArea(UNGA, UNGA_NAME, List.of(new PublishedProposal(IDESLUSS, 3)))), EARLIER);
    private static final ProgrammeAdopted ADOPTED = new ProgrammeAdopted(PROGRAMME_ID, 1, EARLIER);

    private final Fakes fakes = new Fakes();
    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fakes.proposals.add(IDESLUSS, ProposalStatus.INCLUDED, 3)
                       .add(KOLLEKTIVTRAFIK, ProposalStatus.UNDER_REVIEW, 5)
                       .add(AVSLAGET, ProposalStatus.REJECTED, 2)
                       .merged(SAMMANSLAGET, 4, IDESLUSS);
        fixture = fakes.fixture(Programme.class, NOW);
    }

    @Test
    void startProgramme_startsIt() {
        fixture.givenNoPriorActivity()
               .when(new StartProgramme(PROGRAMME_ID, NAME, 2030))
               .expectEvents(new ProgrammeStarted(PROGRAMME_ID, NAME, 2030, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void startProgramme_changesNothing_whenRepeatedIdentically() {
        fixture.given(STARTED)
               .when(new StartProgramme(PROGRAMME_ID, NAME, 2030))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void startProgramme_isRefused_whenTheProgrammeExistsWithAnotherHorizon() {
        fixture.given(STARTED)
               .when(new StartProgramme(PROGRAMME_ID, NAME, 2035))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void startProgramme_isRefused_whenTheProgrammeExistsWithAnotherName() {
        fixture.given(STARTED)
               .when(new StartProgramme(PROGRAMME_ID, "Smart specialisering Jämtland", 2030))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    /** Ids name one thing: Axon refuses to load another kind of stream, and the API answers that with a 409. */
    @Test
    void startProgramme_onAnIdHoldingAProposal_failsBeforeTheHandler_andStoresNothing() {
        fixture.given(new ProposalDrafted(PROGRAMME_ID, "Idésluss för unga entreprenörer", "", "ideslussar",
                                          List.of(new Evidence("c-1", "are-2015-11-12", "2321")), EARLIER))
               .when(new StartProgramme(PROGRAMME_ID, NAME, 2030))
               .expectNoEvents()
               .expectException(IncompatibleAggregateException.class);
    }

    @Test
    void startProgramme_isRefused_withoutAProgrammeId() {
        fixture.givenNoPriorActivity()
               .when(new StartProgramme(" ", NAME, 2030))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "programmeId"));
    }

    @Test
    void startProgramme_isRefused_forABlankName() {
        fixture.givenNoPriorActivity()
               .when(new StartProgramme(PROGRAMME_ID, "", 2030))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "name"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(ints = {1999, 2101})
    void startProgramme_isRefused_forAHorizonOutside2000To2100(Integer horizonYear) {
        fixture.givenNoPriorActivity()
               .when(new StartProgramme(PROGRAMME_ID, NAME, horizonYear))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "horizonYear"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2100})
    void startProgramme_acceptsTheHorizons2000And2100(int horizonYear) {
        fixture.givenNoPriorActivity()
               .when(new StartProgramme(PROGRAMME_ID, NAME, horizonYear))
               .expectEvents(new ProgrammeStarted(PROGRAMME_ID, NAME, horizonYear, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void addFocusArea_addsIt() {
        fixture.given(STARTED)
               .when(new AddFocusArea(PROGRAMME_ID, UNGA, UNGA_NAME))
               .expectEvents(new FocusAreaAdded(PROGRAMME_ID, UNGA, UNGA_NAME, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void addFocusArea_changesNothing_whenRepeatedIdentically() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new AddFocusArea(PROGRAMME_ID, UNGA, UNGA_NAME))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void addFocusArea_isRefused_whenTheIdIsTakenWithAnotherName() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new AddFocusArea(PROGRAMME_ID, UNGA, DIALOG_NAME))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "focusAreaId"));
    }

    @Test
    void addFocusArea_isRefused_whenAnotherFocusAreaHasTheName() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new AddFocusArea(PROGRAMME_ID, "unga-2", " unga ENTREPRENÖRER"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "name"));
    }

    @Test
    void addFocusArea_isRefused_withoutAnId() {
        fixture.given(STARTED)
               .when(new AddFocusArea(PROGRAMME_ID, "", UNGA_NAME))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "focusAreaId"));
    }

    @Test
    void addFocusArea_isRefused_forABlankName() {
        fixture.given(STARTED)
               .when(new AddFocusArea(PROGRAMME_ID, UNGA, " "))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "name"));
    }

    @Test
    void addFocusArea_isRefused_whenTheProgrammeIsAdopted() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1, ADOPTED)
               .when(new AddFocusArea(PROGRAMME_ID, DIALOG, DIALOG_NAME))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void addFocusArea_isRefused_whenTheProgrammeWasNeverStarted() {
        fixture.givenNoPriorActivity()
               .when(new AddFocusArea(PROGRAMME_ID, UNGA, UNGA_NAME))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void renameFocusArea_renamesIt() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new RenameFocusArea(PROGRAMME_ID, UNGA, "Unga innovatörer"))
               .expectEvents(new FocusAreaRenamed(PROGRAMME_ID, UNGA, "Unga innovatörer", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void renameFocusArea_changesNothing_forTheCurrentName() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new RenameFocusArea(PROGRAMME_ID, UNGA, UNGA_NAME))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void renameFocusArea_isRefused_forAnUnknownFocusArea() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new RenameFocusArea(PROGRAMME_ID, DIALOG, DIALOG_NAME))
               .expectNoEvents()
               .expectException(rejectedAs(NOT_FOUND, "focusAreaId"));
    }

    @Test
    void renameFocusArea_isRefused_forABlankName() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new RenameFocusArea(PROGRAMME_ID, UNGA, ""))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "name"));
    }

    @Test
    void renameFocusArea_isRefused_whenAnotherFocusAreaHasTheName() {
        fixture.given(STARTED, UNGA_ADDED, DIALOG_ADDED)
               .when(new RenameFocusArea(PROGRAMME_ID, DIALOG, "UNGA entreprenörer"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "name"));
    }

    @Test
    void renameFocusArea_isRefused_whenTheProgrammeIsAdopted() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1, ADOPTED)
               .when(new RenameFocusArea(PROGRAMME_ID, UNGA, "Unga innovatörer"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void placeProposal_placesItInTheFocusArea() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PlaceProposal(PROGRAMME_ID, IDESLUSS, UNGA))
               .expectEvents(new ProposalPlaced(PROGRAMME_ID, IDESLUSS, UNGA, null, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void placeProposal_movesItFromTheFocusAreaItWasIn() {
        fixture.given(STARTED, UNGA_ADDED, DIALOG_ADDED, IDESLUSS_PLACED)
               .when(new PlaceProposal(PROGRAMME_ID, IDESLUSS, DIALOG))
               .expectEvents(new ProposalPlaced(PROGRAMME_ID, IDESLUSS, DIALOG, UNGA, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void placeProposal_changesNothing_whenItIsAlreadyThere() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED)
               .when(new PlaceProposal(PROGRAMME_ID, IDESLUSS, UNGA))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void placeProposal_isRefused_forARejectedProposal() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PlaceProposal(PROGRAMME_ID, AVSLAGET, UNGA))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    @Test
    void placeProposal_isRefused_forAMergedProposal() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PlaceProposal(PROGRAMME_ID, SAMMANSLAGET, UNGA))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "proposalId"));
    }

    @Test
    void placeProposal_isRefused_forAnUnknownProposal() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PlaceProposal(PROGRAMME_ID, "p-finns-inte", UNGA))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "proposalId"));
    }

    @Test
    void placeProposal_isRefused_inAFocusAreaOfAnotherProgramme() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PlaceProposal(PROGRAMME_ID, IDESLUSS, OTHER_PROGRAMMES_AREA))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "focusAreaId"));
    }

    @Test
    void placeProposal_isRefused_withoutAProposalId() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PlaceProposal(PROGRAMME_ID, " ", UNGA))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "proposalId"));
    }

    @Test
    void placeProposal_isRefused_withoutAFocusAreaId() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PlaceProposal(PROGRAMME_ID, IDESLUSS, null))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "focusAreaId"));
    }

    @Test
    void placeProposal_isRefused_whenTheProgrammeIsAdopted() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1, ADOPTED)
               .when(new PlaceProposal(PROGRAMME_ID, KOLLEKTIVTRAFIK, UNGA))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void removeProposal_removesItFromItsFocusArea() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED)
               .when(new RemoveProposal(PROGRAMME_ID, IDESLUSS))
               .expectEvents(new ProposalRemoved(PROGRAMME_ID, IDESLUSS, UNGA, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void removeProposal_changesNothing_whenItIsNotPlaced() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new RemoveProposal(PROGRAMME_ID, IDESLUSS))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void removeProposal_isRefused_whenTheProgrammeIsAdopted() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1, ADOPTED)
               .when(new RemoveProposal(PROGRAMME_ID, IDESLUSS))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void publishDraft_publishesVersion1WithEachProposalsVersion_andAnswers1() {
        fixture.given(STARTED, UNGA_ADDED, DIALOG_ADDED, IDESLUSS_PLACED,
                      new ProposalPlaced(PROGRAMME_ID, KOLLEKTIVTRAFIK, DIALOG, null, EARLIER))
               .when(new PublishDraft(PROGRAMME_ID, "Remissversion till kommunerna"))
               .expectEvents(new DraftPublished(PROGRAMME_ID, 1, "Remissversion till kommunerna", NAME, List.of(
                       new PublishedFocusArea(UNGA, UNGA_NAME, List.of(new PublishedProposal(IDESLUSS, 3))),
                       new PublishedFocusArea(DIALOG, DIALOG_NAME,
                                              List.of(new PublishedProposal(KOLLEKTIVTRAFIK, 5)))), NOW))
               .expectResultMessagePayload(1);
    }

    @Test
    void publishDraft_withoutANote_publishesAnEmptyNote() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PublishDraft(PROGRAMME_ID, null))
               .expectEvents(new DraftPublished(PROGRAMME_ID, 1, "", NAME,
                                                List.of(new PublishedFocusArea(UNGA, UNGA_NAME, List.of())), NOW))
               .expectResultMessagePayload(1);
    }

    @Test
    void publishDraft_publishesVersion2_afterThePlacementsChanged() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1,
                      new ProposalPlaced(PROGRAMME_ID, KOLLEKTIVTRAFIK, UNGA, null, EARLIER))
               .when(new PublishDraft(PROGRAMME_ID, "Efter remissen"))
               .expectEvents(new DraftPublished(PROGRAMME_ID, 2, "Efter remissen", NAME, List.of(
                       new PublishedFocusArea(UNGA, UNGA_NAME, List.of(new PublishedProposal(IDESLUSS, 3),
                                                                        new PublishedProposal(KOLLEKTIVTRAFIK, 5)))),
                                                NOW))
               .expectResultMessagePayload(2);
    }

    @Test
    void publishDraft_isRefused_whenTheDraftIsUnchangedSinceTheLastVersion() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1)
               .when(new PublishDraft(PROGRAMME_ID, "Samma igen"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void publishDraft_isRefused_whenAPlacementWasUndone() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1,
                      new ProposalPlaced(PROGRAMME_ID, KOLLEKTIVTRAFIK, UNGA, null, EARLIER),
                      new ProposalRemoved(PROGRAMME_ID, KOLLEKTIVTRAFIK, UNGA, EARLIER))
               .when(new PublishDraft(PROGRAMME_ID, null))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void publishDraft_publishes_whenOnlyAPlacedProposalWasRevisedSince() {
        fakes.proposals.add(IDESLUSS, ProposalStatus.INCLUDED, 4);

        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1)
               .when(new PublishDraft(PROGRAMME_ID, "Idéslussen reviderad"))
               .expectEvents(new DraftPublished(PROGRAMME_ID, 2, "Idéslussen reviderad", NAME, List.of(
                       new PublishedFocusArea(UNGA, UNGA_NAME, List.of(new PublishedProposal(IDESLUSS, 4)))), NOW))
               .expectResultMessagePayload(2);
    }

    @Test
    void publishDraft_isRefused_withoutAFocusArea() {
        fixture.given(STARTED)
               .when(new PublishDraft(PROGRAMME_ID, null))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void publishDraft_isRefused_forANoteOfMoreThan4000Characters() {
        fixture.given(STARTED, UNGA_ADDED)
               .when(new PublishDraft(PROGRAMME_ID, "ö".repeat(4_001)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "note"));
    }

    @Test
    void publishDraft_isRefused_whenTheProgrammeIsAdopted() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1, ADOPTED)
               .when(new PublishDraft(PROGRAMME_ID, null))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void adoptProgramme_adoptsTheLastPublishedVersion() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1)
               .when(new AdoptProgramme(PROGRAMME_ID))
               .expectEvents(new ProgrammeAdopted(PROGRAMME_ID, 1, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void adoptProgramme_isRefused_whenAlreadyAdopted() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1, ADOPTED)
               .when(new AdoptProgramme(PROGRAMME_ID))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void adoptProgramme_isRefused_beforeAnyVersionIsPublished() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED)
               .when(new AdoptProgramme(PROGRAMME_ID))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void adoptProgramme_isRefused_withUnpublishedChanges() {
        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1,
                      new ProposalPlaced(PROGRAMME_ID, KOLLEKTIVTRAFIK, UNGA, null, EARLIER))
               .when(new AdoptProgramme(PROGRAMME_ID))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }

    @Test
    void adoptProgramme_isRefused_whenAPlacedProposalWasRevisedSinceTheLastVersion() {
        fakes.proposals.add(IDESLUSS, ProposalStatus.INCLUDED, 4);

        fixture.given(STARTED, UNGA_ADDED, IDESLUSS_PLACED, VERSION_1)
               .when(new AdoptProgramme(PROGRAMME_ID))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "programmeId"));
    }
}
