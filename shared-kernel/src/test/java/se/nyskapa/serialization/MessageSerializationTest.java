package se.nyskapa.serialization;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.nyskapa.feedback.FindMunicipalityFeedback;
import se.nyskapa.feedback.MunicipalityFeedbackView;
import se.nyskapa.history.FindHistory;
import se.nyskapa.history.HistoryView;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.ListMunicipalities;
import se.nyskapa.municipality.MunicipalityList;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.personal.Contributor;
import se.nyskapa.personal.ErasePerson;
import se.nyskapa.personal.ErasureResult;
import se.nyskapa.personal.PersonalKeyErased;
import se.nyskapa.personal.SealedContributor;
import se.nyskapa.personal.SealedText;
import se.nyskapa.programme.AddFocusArea;
import se.nyskapa.programme.AdoptProgramme;
import se.nyskapa.programme.DraftPoint;
import se.nyskapa.programme.DraftPublished;
import se.nyskapa.programme.FindProgrammeDiff;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeSummaryAsOf;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.ListProgrammes;
import se.nyskapa.programme.PlaceProposal;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeDiffView;
import se.nyskapa.programme.ProgrammeEvent;
import se.nyskapa.programme.ProgrammeList;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.programme.PublishDraft;
import se.nyskapa.programme.RemoveProposal;
import se.nyskapa.programme.RenameFocusArea;
import se.nyskapa.programme.StartProgramme;
import se.nyskapa.proposal.AssessProposal;
import se.nyskapa.proposal.Assessment;
import se.nyskapa.proposal.ChangeProposalStatus;
import se.nyskapa.proposal.DraftProposal;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.FindProposalAsOf;
import se.nyskapa.proposal.LinkEvidence;
import se.nyskapa.proposal.ListProposals;
import se.nyskapa.proposal.MergeProposals;
import se.nyskapa.proposal.NamePilotMunicipalities;
import se.nyskapa.proposal.PilotMunicipalitiesNamed;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalAssessed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalEvent;
import se.nyskapa.proposal.ProposalList;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.proposal.ReviseProposal;
import se.nyskapa.proposal.SplitProposal;
import se.nyskapa.proposal.Stance;
import se.nyskapa.proposal.UnlinkEvidence;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.region.SeedTheme;
import se.nyskapa.rejection.Rejection;
import se.nyskapa.search.SearchContributions;
import se.nyskapa.search.SearchOrder;
import se.nyskapa.search.SearchResults;
import se.nyskapa.search.SuggestThemes;
import se.nyskapa.search.ThemeSuggestions;
import se.nyskapa.theme.DefineTheme;
import se.nyskapa.theme.FindTheme;
import se.nyskapa.theme.FindThemeMatrix;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.MergeTheme;
import se.nyskapa.theme.RenameTheme;
import se.nyskapa.theme.RetireTheme;
import se.nyskapa.theme.SeedThemes;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeEvent;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeMatrixView;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.theme.ThemeView;
import se.nyskapa.tour.FindTourProgress;
import se.nyskapa.tour.ListTours;
import se.nyskapa.tour.PlanTour;
import se.nyskapa.tour.TourList;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.tour.TourProgressView;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.AttendanceRecorded;
import se.nyskapa.visit.ConcludeVisit;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.FindVisit;
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
import se.nyskapa.visit.VisitEvent;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitStatus;
import se.nyskapa.visit.VisitSummary;
import se.nyskapa.visit.VisitView;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSerializationTest {

    /**
     * The packages of the published language. A record or enum in one of them is a message or part of one, and must
     * be reached from a sample below; a new package of messages belongs on this list.
     */
    private static final List<String> MESSAGE_PACKAGES = List.of(
            "se.nyskapa.visit", "se.nyskapa.municipality", "se.nyskapa.tour", "se.nyskapa.theme",
            "se.nyskapa.proposal", "se.nyskapa.programme", "se.nyskapa.feedback", "se.nyskapa.region",
            "se.nyskapa.rejection", "se.nyskapa.history", "se.nyskapa.search", "se.nyskapa.personal");
    /** Region set-up read from a file (see RegionTest), never sent as a message. */
    private static final Set<Class<?>> NOT_MESSAGES = Set.of(Region.class, Municipality.class,
                                                                 Municipality.Tile.class);

    private static final String VISIT_ID = "are-2015-11-12";
    private static final String OSTERSUND_VISIT_ID = "ostersund-2015-11-19";
    private static final String AARE = "2321";
    private static final String OSTERSUND = "2380";
    private static final String KROKOM = "2309";
    private static final String REGION = "SE-Z";
    private static final String TOUR_ID = "dialogrunda-hosten-2015";
    private static final String TOUR_NAME = "Dialogrunda hösten 2015";
    private static final String KREATIV_BYRAKRATI = "kreativ-byrakrati";
    private static final String IDESLUSSAR = "ideslussar";
    private static final String DIALOGPLATTFORM = "dialogplattform";
    private static final String PROPOSAL_ID = "idesluss-fjallbyarna";
    private static final String PROPOSAL_TITLE = "Idésluss för fjällbyarna";
    private static final String PROPOSAL_DESCRIPTION =
            "En idésluss där invånare och småföretagare i fjällbyarna lämnar idéer som kommunen prövar inom en månad.";
    private static final String OTHER_PROPOSAL_ID = "kvallsbussar-jarpen";
    private static final String PROGRAMME_ID = "innovationsprogram-2030";
    private static final String PROGRAMME_NAME = "Innovationsprogram Jämtland Härjedalen 2030";
    private static final String FOCUS_AREA_ID = "levande-landsbygd";
    private static final LocalDate DAY = LocalDate.of(2015, 11, 12);
    private static final LocalDate OSTERSUND_DAY = LocalDate.of(2015, 11, 19);
    private static final LocalDate TOUR_START = LocalDate.of(2015, 11, 1);
    private static final LocalDate TOUR_END = LocalDate.of(2015, 12, 18);
    private static final Instant MORNING = Instant.parse("2015-11-12T08:30:00Z");
    private static final Instant NOON = Instant.parse("2015-11-12T11:45:10.123456Z");
    private static final Instant LATER = Instant.parse("2016-02-03T14:05:59.987Z");
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
    private static final ProposalFeedback SUPPORT = new ProposalFeedback(PROPOSAL_ID, Stance.SUPPORT);
    private static final Evidence EVIDENCE = new Evidence("c-1", VISIT_ID, AARE);
    private static final Evidence OSTERSUND_EVIDENCE = new Evidence("c-7", OSTERSUND_VISIT_ID, OSTERSUND);
    private static final Contributor CONTRIBUTOR = new Contributor("Åsa Sjöström", "asa.sjostrom@are.se",
                                                                   "Åre kommun", true);
    private static final String KEY_ID = "0f9b6c1e-5a7d-4c1f-9d5e-2b8a7c3d4e5f";
    /** Sealed samples: what the ciphertext holds does not matter to the serializer. */
    private static final SealedContributor SEALED_CONTRIBUTOR = new SealedContributor(
            KEY_ID, "AZb3kQ8xT0qk5q2h3Yt7m1c=", "AZb3kQ9yV2w4pQ0s7Lk=", null);
    private static final SealedText SEALED_TEXT = new SealedText(KEY_ID, "AZb3kQ+u8Xk1m0d2l9Vq3b4n5c6=");

    private final Serializer serializer = Jackson3Serializer.builder()
                                                            .jsonMapperBuilderCustomizer(
                                                                    new NyskapaSerializerCustomizer())
                                                            .build();

    static Stream<Arguments> commands() {
        return named(
                // visit
                new ScheduleVisit(VISIT_ID, AARE, DAY, "Holiday Club, Åre", List.of("Åsa Sjöström", "Örjan Ek")),
                new ScheduleVisit(OSTERSUND_VISIT_ID, OSTERSUND, OSTERSUND_DAY, "Rådhuset, Östersund",
                                  List.of("Åsa Sjöström"), TOUR_ID),
                new RecordContribution(VISIT_ID, "c-1", ContributionKind.NEED,
                                       "Bättre kollektivtrafik mellan byarna och Östersund på kvällstid.",
                                       Sector.CITIZEN),
                new RecordContribution(VISIT_ID, "c-2", ContributionKind.FEEDBACK,
                                       "Idéslussen låter bra om den också når byarna utanför Åre by.",
                                       Sector.ELECTED_OFFICIAL, SUPPORT),
                new RecordContribution(VISIT_ID, "c-3", ContributionKind.IDEA,
                                       "Ett kallbadhus vid sjön, loggat utan nät och skickat senare.",
                                       Sector.CITIZEN, null, MORNING),
                new RecordContribution(VISIT_ID, "c-4", ContributionKind.NEED,
                                       "Min son får inte skolskjuts till byn efter klockan fyra.", Sector.CITIZEN,
                                       null, MORNING, CONTRIBUTOR, true),
                new AmendContribution(VISIT_ID, "c-1", "Fler kvällsturer med buss mellan Järpen och Östersund."),
                new AmendContribution(VISIT_ID, "c-4", "Barnen får inte skolskjuts efter klockan fyra.", true),
                // personal data
                new ErasePerson("asa.sjostrom@are.se"),
                new RetractContribution(VISIT_ID, "c-1", "Dubblett av ett inspel från Krokom."),
                new TagContribution(VISIT_ID, "c-1", List.of(DIALOGPLATTFORM, KREATIV_BYRAKRATI)),
                new RecordAttendance(VISIT_ID, ATTENDANCE),
                new ConcludeVisit(VISIT_ID, SUMMARY),
                new ReopenVisit(VISIT_ID),
                new JoinTour(VISIT_ID, TOUR_ID),
                // tour
                new PlanTour(TOUR_ID, TOUR_NAME, TOUR_START, TOUR_END),
                // theme
                new DefineTheme(REGION, "kompetensforsorjning", "Kompetensförsörjning i besöksnäringen"),
                new RenameTheme(REGION, "kompetensforsorjning", "Kompetensförsörjning och säsongsarbete"),
                new MergeTheme(REGION, "kompetensforsorjning", DIALOGPLATTFORM),
                new RetireTheme(REGION, "kompetensforsorjning"),
                new SeedThemes(REGION, List.of(new SeedTheme(KREATIV_BYRAKRATI, "Kreativ byråkrati"),
                                               new SeedTheme(IDESLUSSAR, "Idéslussar"))),
                // proposal
                new DraftProposal(PROPOSAL_ID, PROPOSAL_TITLE, PROPOSAL_DESCRIPTION, IDESLUSSAR,
                                  List.of("c-1", "c-7")),
                new ReviseProposal(PROPOSAL_ID, "Idésluss för fjällbyarna och Östersund",
                                   "Idéslussen prövas först i Åre och Östersund.", IDESLUSSAR),
                new LinkEvidence(PROPOSAL_ID, "c-9"),
                new UnlinkEvidence(PROPOSAL_ID, "c-9"),
                new AssessProposal(PROPOSAL_ID, 4, 3, "Stor nytta för landsbygden, men kräver en samordnare.",
                                   "Åsa Sjöström"),
                new NamePilotMunicipalities(PROPOSAL_ID, List.of(AARE, OSTERSUND)),
                new ChangeProposalStatus(PROPOSAL_ID, ProposalStatus.UNDER_REVIEW,
                                         "Lyfts till regionala utvecklingsnämnden i mars."),
                new MergeProposals(PROPOSAL_ID, "idesluss-krokom"),
                new SplitProposal(PROPOSAL_ID, OTHER_PROPOSAL_ID, "Kvällsbussar Järpen–Östersund",
                                  "Fler kvällsturer mellan Järpen och Östersund.", DIALOGPLATTFORM, List.of("c-1")),
                // programme
                new StartProgramme(PROGRAMME_ID, PROGRAMME_NAME, 2030),
                new AddFocusArea(PROGRAMME_ID, FOCUS_AREA_ID, "Levande landsbygd"),
                new RenameFocusArea(PROGRAMME_ID, FOCUS_AREA_ID, "Levande landsbygd och fjällbyar"),
                new PlaceProposal(PROGRAMME_ID, PROPOSAL_ID, FOCUS_AREA_ID),
                new RemoveProposal(PROGRAMME_ID, PROPOSAL_ID),
                new PublishDraft(PROGRAMME_ID, "Remissversion till kommunerna."),
                new AdoptProgramme(PROGRAMME_ID));
    }

    static Stream<Arguments> events() {
        return named(
                // visit
                new VisitScheduled(VISIT_ID, AARE, DAY, "Holiday Club, Åre", List.of("Åsa Sjöström", "Örjan Ek"),
                                   MORNING),
                new ContributionRecorded(VISIT_ID, AARE, "c-1", ContributionKind.IDEA,
                                         "En gemensam mötesplats för småföretagare i fjällbyarna.",
                                         Sector.BUSINESS, NOON),
                new ContributionRecorded(VISIT_ID, AARE, "c-2", ContributionKind.FEEDBACK,
                                         "Idéslussen låter bra om den också når byarna utanför Åre by.",
                                         Sector.ELECTED_OFFICIAL, NOON,
                                         new ProposalFeedback(PROPOSAL_ID, Stance.AMENDMENT)),
                new ContributionRecorded(VISIT_ID, AARE, "c-3", ContributionKind.IDEA,
                                         "Ett kallbadhus vid sjön, loggat utan nät och skickat senare.",
                                         Sector.CITIZEN, LATER, null, NOON),
                new ContributionRecorded(VISIT_ID, AARE, "c-4", ContributionKind.NEED, null, Sector.CITIZEN, LATER,
                                         null, NOON, SEALED_CONTRIBUTOR, SEALED_TEXT),
                new ContributionAmended(VISIT_ID, AARE, "c-1", "En mötesplats för småföretagare i Åre by.", NOON),
                new ContributionAmended(VISIT_ID, AARE, "c-4", null, LATER, SEALED_TEXT),
                new ContributionRetracted(VISIT_ID, AARE, "c-1", "Lämnades av misstag två gånger.", NOON),
                new ContributionTagged(VISIT_ID, AARE, "c-1", List.of(KREATIV_BYRAKRATI, IDESLUSSAR), NOON),
                new AttendanceRecorded(VISIT_ID, AARE, ATTENDANCE, NOON),
                new VisitConcluded(VISIT_ID, AARE, SUMMARY, NOON),
                new VisitReopened(VISIT_ID, AARE, NOON),
                new VisitJoinedTour(VISIT_ID, AARE, TOUR_ID, DAY, "Holiday Club, Åre", NOON),
                // tour
                new TourPlanned(TOUR_ID, TOUR_NAME, TOUR_START, TOUR_END, MORNING),
                // theme
                new ThemeDefined(REGION, "kompetensforsorjning", "Kompetensförsörjning i besöksnäringen", MORNING),
                new ThemeRenamed(REGION, "kompetensforsorjning", "Kompetensförsörjning och säsongsarbete", NOON),
                new ThemeMerged(REGION, "kompetensforsorjning", DIALOGPLATTFORM, NOON),
                new ThemeRetired(REGION, "kompetensforsorjning", LATER),
                // proposal
                new ProposalDrafted(PROPOSAL_ID, PROPOSAL_TITLE, PROPOSAL_DESCRIPTION, IDESLUSSAR,
                                    List.of(EVIDENCE, OSTERSUND_EVIDENCE), NOON),
                new ProposalRevised(PROPOSAL_ID, "Idésluss för fjällbyarna och Östersund",
                                    "Idéslussen prövas först i Åre och Östersund.", IDESLUSSAR, LATER),
                new EvidenceLinked(PROPOSAL_ID, new Evidence("c-9", "krokom-2015-11-26", KROKOM), LATER),
                new EvidenceUnlinked(PROPOSAL_ID, "c-9", LATER),
                new ProposalAssessed(PROPOSAL_ID,
                                     new Assessment(4, 3, "Stor nytta för landsbygden, men kräver en samordnare.",
                                                    "Åsa Sjöström"), LATER),
                new PilotMunicipalitiesNamed(PROPOSAL_ID, List.of(AARE, OSTERSUND), LATER),
                new ProposalStatusChanged(PROPOSAL_ID, ProposalStatus.DRAFT, ProposalStatus.UNDER_REVIEW,
                                          "Lyfts till regionala utvecklingsnämnden i mars.", LATER),
                new ProposalMerged("idesluss-krokom", PROPOSAL_ID, LATER),
                new ProposalAbsorbed(PROPOSAL_ID, "idesluss-krokom",
                                     List.of(new Evidence("c-9", "krokom-2015-11-26", KROKOM)), LATER),
                new ProposalSplit(PROPOSAL_ID, OTHER_PROPOSAL_ID, List.of("c-1"), LATER),
                new ProposalSplitOff(OTHER_PROPOSAL_ID, PROPOSAL_ID, "Kvällsbussar Järpen–Östersund",
                                     "Fler kvällsturer mellan Järpen och Östersund.", DIALOGPLATTFORM,
                                     List.of(EVIDENCE), LATER),
                // programme
                new ProgrammeStarted(PROGRAMME_ID, PROGRAMME_NAME, 2030, MORNING),
                new FocusAreaAdded(PROGRAMME_ID, FOCUS_AREA_ID, "Levande landsbygd", MORNING),
                new FocusAreaRenamed(PROGRAMME_ID, FOCUS_AREA_ID, "Levande landsbygd och fjällbyar", NOON),
                new ProposalPlaced(PROGRAMME_ID, PROPOSAL_ID, FOCUS_AREA_ID, null, NOON),
                new ProposalPlaced(PROGRAMME_ID, PROPOSAL_ID, "digital-forvaltning", FOCUS_AREA_ID, LATER),
                new ProposalRemoved(PROGRAMME_ID, PROPOSAL_ID, "digital-forvaltning", LATER),
                new DraftPublished(PROGRAMME_ID, 2, "Remissversion till kommunerna.", PROGRAMME_NAME,
                                   List.of(new DraftPublished.PublishedFocusArea(
                                           FOCUS_AREA_ID, "Levande landsbygd och fjällbyar",
                                           List.of(new DraftPublished.PublishedProposal(PROPOSAL_ID, 7),
                                                   new DraftPublished.PublishedProposal(OTHER_PROPOSAL_ID, 2))),
                                           new DraftPublished.PublishedFocusArea("digital-forvaltning",
                                                                                 "Digital förvaltning", List.of())),
                                   LATER),
                new ProgrammeAdopted(PROGRAMME_ID, 2, LATER),
                // personal data
                new PersonalKeyErased(KEY_ID, LATER));
    }

    static Stream<Arguments> queriesAndResults() {
        return named(
                // visit
                new FindVisit(VISIT_ID),
                new VisitView(VISIT_ID, AARE, "Åre", DAY, "Holiday Club, Åre", List.of("Åsa Sjöström"), TOUR_ID,
                              VisitStatus.CONCLUDED,
                              List.of(new VisitView.ContributionView("c-1", ContributionKind.RESOURCE,
                                                                     "Skidgymnasiets lokaler står tomma på sommaren.",
                                                                     Sector.ACADEMIA,
                                                                     List.of(KREATIV_BYRAKRATI, IDESLUSSAR), null,
                                                                     MORNING, NOON, null, null, null, CONTRIBUTOR,
                                                                     true),
                                      new VisitView.ContributionView("c-2", ContributionKind.FEEDBACK,
                                                                     "Förslaget om idésluss känns för stort.",
                                                                     Sector.ELECTED_OFFICIAL, List.of(),
                                                                     new ProposalFeedback(PROPOSAL_ID,
                                                                                          Stance.CONCERN),
                                                                     MORNING, null, NOON, "Fel kommun angiven.",
                                                                     Instant.parse("2015-11-12T08:29:41.250Z"),
                                                                     null, false)),
                              ATTENDANCE, SUMMARY, NOON),
                // municipality
                new FindMunicipality(AARE, 2),
                new ListMunicipalities(),
                new MunicipalityList(REGION, "Region Jämtland Härjedalen",
                                     List.of(new MunicipalityList.Entry(AARE, "Åre", 1, 42),
                                             new MunicipalityList.Entry(OSTERSUND, "Östersund", 0, 0))),
                new MunicipalityView(AARE, "Åre", 1, 2,
                                     List.of(new MunicipalityView.VisitEntry(VISIT_ID, DAY, "Holiday Club, Åre",
                                                                             VisitStatus.HELD, 2)),
                                     Map.of(ContributionKind.NEED, 1L, ContributionKind.OPPORTUNITY, 1L),
                                     Map.of(Sector.CIVIL_SOCIETY, 1L, Sector.SERVICE_USER, 1L),
                                     ATTENDANCE,
                                     new MunicipalityView.NeedPage(0, 20, 1, 1, List.of(
                                             new MunicipalityView.Need("c-3", VISIT_ID,
                                                                       "Äldreomsorgen behöver fler händer på vintern.",
                                                                       Sector.SERVICE_USER, MORNING, null))),
                                     List.of(new MunicipalityView.ThemeCount(KREATIV_BYRAKRATI, "Kreativ byråkrati",
                                                                             2),
                                             new MunicipalityView.ThemeCount(IDESLUSSAR, "Idéslussar", 1)),
                                     List.of(new MunicipalityView.SupportedProposal(PROPOSAL_ID, PROPOSAL_TITLE,
                                                                                    ProposalStatus.INCLUDED, 2))),
                // feedback
                new FindMunicipalityFeedback(AARE),
                new MunicipalityFeedbackView(
                        AARE, "Åre", 3, 1, Map.of(ContributionKind.NEED, 2L, ContributionKind.IDEA, 1L),
                        List.of(new MunicipalityFeedbackView.Heard("c-1", VISIT_ID, DAY, ContributionKind.NEED,
                                                                   Sector.CITIZEN,
                                                                   "Bättre kollektivtrafik på kvällstid.", NOON,
                                                                   List.of(PROPOSAL_ID, OTHER_PROPOSAL_ID)),
                                new MunicipalityFeedbackView.Heard("c-3", VISIT_ID, DAY, ContributionKind.IDEA,
                                                                   Sector.BUSINESS,
                                                                   "Ett gemensamt bokningssystem för fäboden.", NOON,
                                                                   List.of())),
                        List.of(new MunicipalityFeedbackView.ProposalEntry(
                                PROPOSAL_ID, PROPOSAL_TITLE, ProposalStatus.INCLUDED, 1,
                                List.of(new MunicipalityFeedbackView.Placement(
                                        PROGRAMME_ID, PROGRAMME_NAME, ProgrammeStatus.ADOPTED, FOCUS_AREA_ID,
                                        "Levande landsbygd och fjällbyar"))))),
                // tour
                new FindTourProgress(TOUR_ID),
                new ListTours(),
                new TourList(List.of(new TourList.Entry(TOUR_ID, TOUR_NAME, TOUR_START, TOUR_END, 8))),
                new TourProgressView(
                        TOUR_ID, TOUR_NAME, TOUR_START, TOUR_END, new TourProgressView.Counts(2, 1, 1),
                        List.of(new TourProgressView.MunicipalityProgress(
                                        AARE, "Åre", new TourProgressView.Counts(1, 1, 1),
                                        List.of(new TourProgressView.Visit(VISIT_ID, DAY, "Holiday Club, Åre",
                                                                           VisitStatus.CONCLUDED, 12))),
                                new TourProgressView.MunicipalityProgress(
                                        OSTERSUND, "Östersund", new TourProgressView.Counts(1, 0, 0),
                                        List.of(new TourProgressView.Visit(OSTERSUND_VISIT_ID, OSTERSUND_DAY,
                                                                           "Rådhuset, Östersund",
                                                                           VisitStatus.PLANNED, 0))),
                                new TourProgressView.MunicipalityProgress(
                                        "2361", "Härjedalen", new TourProgressView.Counts(0, 0, 0), List.of()))),
                // theme
                new FindTheme(KREATIV_BYRAKRATI),
                new FindThemeMatrix(),
                new ListThemes(),
                new ThemeList(List.of(new ThemeList.Entry(KREATIV_BYRAKRATI, "Kreativ byråkrati", ThemeStatus.ACTIVE,
                                                          null, 14),
                                      new ThemeList.Entry("kompetensforsorjning", "Kompetensförsörjning",
                                                          ThemeStatus.MERGED, DIALOGPLATTFORM, 0),
                                      new ThemeList.Entry("turistskatt", "Turistskatt", ThemeStatus.RETIRED, null,
                                                          3))),
                new ThemeMatrixView(
                        List.of(new ThemeMatrixView.Column(AARE, "Åre"),
                                new ThemeMatrixView.Column(OSTERSUND, "Östersund")),
                        List.of(new ThemeMatrixView.Row(KREATIV_BYRAKRATI, "Kreativ byråkrati", ThemeStatus.ACTIVE, 5,
                                                        Map.of(AARE, Map.of(ContributionKind.NEED, 2L,
                                                                            ContributionKind.IDEA, 1L),
                                                               OSTERSUND, Map.of(ContributionKind.RESOURCE, 2L))),
                                new ThemeMatrixView.Row("turistskatt", "Turistskatt", ThemeStatus.RETIRED, 0,
                                                        Map.of()))),
                new ThemeView(DIALOGPLATTFORM, "Dialogplattform", ThemeStatus.ACTIVE, null,
                              List.of("kompetensforsorjning"), 2,
                              Map.of(AARE, Map.of(ContributionKind.OPPORTUNITY, 1L),
                                     OSTERSUND, Map.of(ContributionKind.NEED, 1L)),
                              List.of(new ThemeView.Contribution("c-1", VISIT_ID, AARE, ContributionKind.OPPORTUNITY,
                                                                 Sector.CIVIL_SOCIETY,
                                                                 "Byaföreningen kan hålla i digitala byamöten.",
                                                                 NOON)),
                              List.of(new ThemeView.Proposal(OTHER_PROPOSAL_ID, "Kvällsbussar Järpen–Östersund",
                                                             ProposalStatus.PARKED))),
                // proposal
                new FindProposal(PROPOSAL_ID),
                new FindProposalAsOf(PROPOSAL_ID, NOON),
                new ListProposals(),
                new ProposalList(List.of(new ProposalList.Entry(PROPOSAL_ID, PROPOSAL_TITLE, IDESLUSSAR,
                                                                ProposalStatus.UNDER_REVIEW, 3),
                                         new ProposalList.Entry("idesluss-krokom", "Idésluss i Krokom", null,
                                                                ProposalStatus.MERGED, 0))),
                new ProposalView(
                        PROPOSAL_ID, PROPOSAL_TITLE, PROPOSAL_DESCRIPTION, IDESLUSSAR, "Idéslussar",
                        ProposalStatus.INCLUDED, 2, List.of(AARE, OSTERSUND),
                        List.of(new ProposalView.EvidenceEntry("c-1", VISIT_ID, AARE, ContributionKind.NEED,
                                                               Sector.CITIZEN, "Bättre kollektivtrafik på kvällstid.",
                                                               false, null),
                                new ProposalView.EvidenceEntry("c-9", "krokom-2015-11-26", KROKOM,
                                                               ContributionKind.IDEA, Sector.BUSINESS,
                                                               "En idélåda på biblioteket.", true,
                                                               "idesluss-krokom")),
                        Map.of(AARE, Map.of(Stance.SUPPORT, 2, Stance.CONCERN, 1),
                               OSTERSUND, Map.of(Stance.AMENDMENT, 1)),
                        List.of(new ProposalView.FeedbackEntry("c-2", VISIT_ID, AARE, Stance.SUPPORT,
                                                               "Idéslussen låter bra.", false),
                                new ProposalView.FeedbackEntry("c-8", OSTERSUND_VISIT_ID, OSTERSUND,
                                                               Stance.AMENDMENT, "Ta med föreningslivet.", true)),
                        new ProposalView.AssessmentEntry(4, 3, "Stor nytta för landsbygden.", "Åsa Sjöström", LATER,
                                                         2),
                        List.of(AARE, OSTERSUND),
                        new ProposalView.Lineage(null, List.of(OTHER_PROPOSAL_ID), List.of("idesluss-krokom"),
                                                 null),
                        List.of(new ProposalView.Placement(PROGRAMME_ID, FOCUS_AREA_ID)), NOON, LATER),
                // programme
                new FindProgrammeSummary(PROGRAMME_ID),
                new FindProgrammeVersion(PROGRAMME_ID, 2),
                new FindProgrammeSummaryAsOf(PROGRAMME_ID, LATER),
                new FindProgrammeDiff(PROGRAMME_ID, DraftPoint.version(1), DraftPoint.asOf(LATER)),
                new FindProgrammeDiff(PROGRAMME_ID, DraftPoint.version(1), DraftPoint.live()),
                new ProgrammeDiffView(
                        PROGRAMME_ID, DraftPoint.version(1), DraftPoint.live(), 1, 2,
                        List.of(new ProgrammeDiffView.FocusAreaChange(FOCUS_AREA_ID, "Landsbygd",
                                                                      "Levande landsbygd och fjällbyar"),
                                new ProgrammeDiffView.FocusAreaChange("fa-ny", null, "Hälsa")),
                        List.of(new ProgrammeDiffView.PlacedProposal(PROPOSAL_ID, PROPOSAL_TITLE, FOCUS_AREA_ID,
                                                                     "Levande landsbygd och fjällbyar")),
                        List.of(),
                        List.of(new ProgrammeDiffView.MovedProposal(OTHER_PROPOSAL_ID, "Kvällsbussar Järpen–Östersund",
                                                                    "fa-ny", FOCUS_AREA_ID)),
                        List.of(new ProgrammeDiffView.ChangedProposal(
                                OTHER_PROPOSAL_ID, "Kvällsbussar Järpen–Östersund",
                                List.of(new ProgrammeDiffView.FieldChange("impact", null, "4"),
                                        new ProgrammeDiffView.FieldChange("status", "DRAFT", "INCLUDED"))))),
                new ListProgrammes(),
                new ProgrammeList(List.of(new ProgrammeList.Entry(PROGRAMME_ID, PROGRAMME_NAME, 2030,
                                                                  ProgrammeStatus.DRAFT, 2))),
                new ProgrammeSummaryView(
                        PROGRAMME_ID, PROGRAMME_NAME, 2030, ProgrammeStatus.ADOPTED, 2,
                        "Remissversion till kommunerna.", LATER, 2, false,
                        List.of(new ProgrammeSummaryView.FocusArea(
                                FOCUS_AREA_ID, "Levande landsbygd och fjällbyar",
                                List.of(new ProgrammeSummaryView.Proposal(PROPOSAL_ID, PROPOSAL_TITLE,
                                                                          ProposalStatus.INCLUDED, 3,
                                                                          List.of(AARE, OSTERSUND), 4, 3),
                                        new ProgrammeSummaryView.Proposal(OTHER_PROPOSAL_ID,
                                                                          "Kvällsbussar Järpen–Östersund",
                                                                          ProposalStatus.DRAFT, 1, List.of(AARE),
                                                                          null, null)))),
                        List.of(new ProgrammeSummaryView.Municipality(AARE, "Åre"),
                                new ProgrammeSummaryView.Municipality(OSTERSUND, "Östersund")),
                        List.of(new ProgrammeSummaryView.Municipality("2303", "Ragunda"),
                                new ProgrammeSummaryView.Municipality("2326", "Berg")),
                        List.of(new ProgrammeSummaryView.Version(1, "Första utkast.", NOON),
                                new ProgrammeSummaryView.Version(2, "Remissversion till kommunerna.", LATER))),
                // history
                new FindHistory(VISIT_ID, 1),
                new HistoryView("c-1", HistoryView.Subject.CONTRIBUTION, VISIT_ID, 0, 100, 3, 1, List.of(
                        new HistoryView.Entry(4, NOON, "ContributionRecorded", "anonym", null, List.of(
                                change("text", null, "\"Bättre kollektivtrafik.\""),
                                change("sector", null, "\"CITIZEN\""))),
                        new HistoryView.Entry(9, LATER, "ContributionAmended", "Åsa Sjöström", null, List.of(
                                change("text", "\"Bättre kollektivtrafik.\"", "\"Fler kvällsturer.\""))),
                        new HistoryView.Entry(12, LATER, "ContributionTagged", null, null, List.of(
                                change("themeIds", null, "[\"ideslussar\", \"dialogplattform\"]"))))),
                new HistoryView(PROGRAMME_ID, HistoryView.Subject.PROGRAMME, PROGRAMME_ID, 0, 100, 1, 1, List.of(
                        new HistoryView.Entry(3, LATER, "ProposalRemoved", "system",
                                              new HistoryView.Part("proposalId", PROPOSAL_ID), List.of(
                                change("focusAreaId", "\"" + FOCUS_AREA_ID + "\"", "null"),
                                change("summary", null, "{\"version\": 2, \"proposals\": [7, 8]}"))))),
                // search
                new SearchContributions("mötesplats", AARE, ContributionKind.NEED, Sector.CITIZEN, IDESLUSSAR, VISIT_ID,
                                        SearchOrder.DATE, 2),
                new SearchContributions(null, null, null, null, null, null, SearchOrder.RELEVANCE, 0),
                new SearchResults(41, 2, SearchResults.PAGE_SIZE, SearchOrder.RELEVANCE, List.of(
                        new SearchResults.Hit("c-1", VISIT_ID, AARE, "Åre", ContributionKind.NEED, Sector.CITIZEN,
                                              List.of(IDESLUSSAR, DIALOGPLATTFORM), "Fler mötesplatser för unga.",
                                              "Fler <mark>mötesplatser</mark> för unga.", null, MORNING, NOON, 2.75f,
                                              null, false),
                        new SearchResults.Hit("c-2", VISIT_ID, AARE, "Åre", ContributionKind.FEEDBACK,
                                              Sector.ELECTED_OFFICIAL, List.of(), "Vi vill vara testkommun.", null,
                                              new ProposalFeedback(PROPOSAL_ID, Stance.SUPPORT), MORNING, null,
                                              null, new Contributor(Contributor.ERASED, Contributor.ERASED, null,
                                                                    true), true))),
                new SuggestThemes("Fiber och bredband till fjällbyarna"),
                new ThemeSuggestions(List.of(new ThemeSuggestions.Suggestion(
                        DIALOGPLATTFORM, "Dialogplattform", 1.2345, List.of("bredband", "fjällbyarna"), 7))),
                // replies
                new Rejection(Rejection.Reason.CONFLICT, "contributionId",
                              "Inspelet c-1 är redan registrerat med annat innehåll."),
                Outcome.UNCHANGED,
                new ErasureResult(1));
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
    void everyEventOfAnAggregate_hasAnEventSample() {
        Set<Class<?>> sampled = classesOf(events());

        for (Class<?> events : List.of(VisitEvent.class, ProposalEvent.class, ProgrammeEvent.class,
                                       ThemeEvent.class)) {
            assertThat(sampled).as("samples of %s", events.getSimpleName()).containsAll(eventsOf(events));
        }
    }

    /** The event records of a sealed event interface, through its sealed sub-interfaces. */
    private static List<Class<?>> eventsOf(Class<?> events) {
        return Stream.of(events.getPermittedSubclasses())
                     .flatMap(type -> type.isInterface() ? eventsOf(type).stream() : Stream.of(type))
                     .toList();
    }

    @Test
    void everyCommand_hasACommandSample() throws IOException, URISyntaxException {
        Set<Class<?>> commands = kernelTypes().stream()
                                              .filter(Class::isRecord)
                                              .filter(MessageSerializationTest::namesItsAggregate)
                                              .collect(Collectors.toSet());

        assertThat(commands).contains(PlanTour.class, DefineTheme.class, DraftProposal.class,
                                      StartProgramme.class, JoinTour.class);
        assertThat(classesOf(commands())).containsAll(commands);
    }

    /**
     * Every record and enum of the published language, nested ones included, must be reached from a sample, so a new
     * message, or a new part of one, fails here until it has one.
     */
    @Test
    void everyMessageType_isReachedFromASample() throws IOException, URISyntaxException {
        Set<Class<?>> kernelTypes = kernelTypes();
        Set<Class<?>> reached = reachedTypes(Stream.of(commands(), events(), queriesAndResults())
                                                   .flatMap(samples -> samples)
                                                   .map(arguments -> arguments.get()[1]));

        assertThat(kernelTypes).as("the scan finds every package of messages")
                               .contains(VisitView.ContributionView.class, MunicipalityView.ThemeCount.class,
                                         TourPlanned.class, ThemeView.Contribution.class, ProposalView.Lineage.class,
                                         DraftPublished.PublishedProposal.class, MunicipalityFeedbackView.Heard.class,
                                         SeedTheme.class, Rejection.Reason.class);
        assertThat(reached).containsAll(kernelTypes);
    }

    @Test
    void contributionRecorded_storedBeforeFeedbackExisted_readsWithoutFeedback() throws IOException {
        byte[] stored;
        try (InputStream json = getClass().getResourceAsStream("/events/contribution-recorded-v1.json")) {
            assertThat(json).as("fixture").isNotNull();
            stored = json.readAllBytes();
        }
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("feedback");

        Object event = serializer.deserialize(new SimpleSerializedObject<>(
                stored, byte[].class, "se.nyskapa.visit.ContributionRecorded", null));

        assertThat(event).isEqualTo(new ContributionRecorded(
                VISIT_ID, AARE, "c-1", ContributionKind.NEED,
                "Bättre kollektivtrafik mellan byarna och Östersund på kvällstid.", Sector.CITIZEN, NOON));
        assertThat(((ContributionRecorded) event).feedback()).isNull();
        assertThat(((ContributionRecorded) event).loggedAt()).isNull();
    }

    /** Events are kept forever: one stored before devices said when they logged it reads as "not said". */
    @Test
    void contributionRecorded_storedBeforeLoggedAtExisted_readsWithoutIt() throws IOException {
        byte[] stored;
        try (InputStream json = getClass().getResourceAsStream("/events/contribution-recorded-v2.json")) {
            assertThat(json).as("fixture").isNotNull();
            stored = json.readAllBytes();
        }
        assertThat(new String(stored, StandardCharsets.UTF_8)).contains("feedback").doesNotContain("loggedAt");

        Object event = serializer.deserialize(new SimpleSerializedObject<>(
                stored, byte[].class, "se.nyskapa.visit.ContributionRecorded", null));

        assertThat(event).isEqualTo(new ContributionRecorded(
                VISIT_ID, AARE, "c-2", ContributionKind.FEEDBACK,
                "Idéslussen låter bra om den också når byarna utanför Åre by.", Sector.ELECTED_OFFICIAL, NOON,
                new ProposalFeedback(PROPOSAL_ID, Stance.SUPPORT)));
        assertThat(((ContributionRecorded) event).loggedAt()).isNull();
    }

    /** Events are kept forever: one stored before contributors could be named reads as naming no one. */
    @Test
    void contributionRecorded_storedBeforeContributorsExisted_readsWithoutThem() throws IOException {
        byte[] stored = fixture("/events/contribution-recorded-v3.json");
        assertThat(new String(stored, StandardCharsets.UTF_8)).contains("loggedAt").doesNotContain("contributor")
                                                              .doesNotContain("personalText");

        Object event = serializer.deserialize(new SimpleSerializedObject<>(
                stored, byte[].class, "se.nyskapa.visit.ContributionRecorded", null));

        assertThat(event).isEqualTo(new ContributionRecorded(
                VISIT_ID, AARE, "c-3", ContributionKind.IDEA,
                "Ett kallbadhus vid sjön, loggat utan nät och skickat senare.", Sector.CITIZEN, LATER, null, NOON));
        assertThat(((ContributionRecorded) event).contributor()).isNull();
        assertThat(((ContributionRecorded) event).personalText()).isNull();
    }

    /** An amendment stored before texts could be marked personal reads as a text in the clear. */
    @Test
    void contributionAmended_storedBeforePersonalTextExisted_readsAsPlainText() throws IOException {
        byte[] stored = fixture("/events/contribution-amended-v1.json");
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("personalText");

        Object event = serializer.deserialize(new SimpleSerializedObject<>(
                stored, byte[].class, "se.nyskapa.visit.ContributionAmended", null));

        assertThat(event).isEqualTo(new ContributionAmended(VISIT_ID, AARE, "c-1",
                                                            "En mötesplats för småföretagare i Åre by.", NOON));
        assertThat(((ContributionAmended) event).personalText()).isNull();
    }

    /** The event holds the sealed form alone: no detail of the person in the clear, and no text when it is personal. */
    @Test
    void contributionRecordedWithAContributor_holdsOnlyTheSealedForm() {
        ContributionRecorded event = new ContributionRecorded(VISIT_ID, AARE, "c-4", ContributionKind.NEED, null,
                                                              Sector.CITIZEN, LATER, null, null, SEALED_CONTRIBUTOR,
                                                              SEALED_TEXT);

        String json = new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"contributor\":{\"keyId\":\"" + KEY_ID + "\"", "\"personalText\":{")
                        .contains("\"text\":null");
    }

    private byte[] fixture(String name) throws IOException {
        try (InputStream json = getClass().getResourceAsStream(name)) {
            assertThat(json).as("fixture %s", name).isNotNull();
            return json.readAllBytes();
        }
    }

    @Test
    void contributionRecorded_keepsTheDevicesTimeApartFromTheServers() {
        ContributionRecorded event = new ContributionRecorded(
                VISIT_ID, AARE, "c-3", ContributionKind.IDEA, "Ett kallbadhus vid sjön.", Sector.CITIZEN, LATER,
                null, NOON);

        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        ContributionRecorded read = (ContributionRecorded) serializer.deserialize(serialized);

        assertThat(new String(serialized.getData(), StandardCharsets.UTF_8))
                .contains("\"loggedAt\":\"2015-11-12T11:45:10.123456Z\"");
        assertThat(read.loggedAt()).isEqualTo(NOON);
        assertThat(read.recordedAt()).isEqualTo(LATER);
    }

    @Test
    void feedbackContributionRecorded_roundTripsWithItsProposalFeedback() {
        ContributionRecorded event = new ContributionRecorded(
                OSTERSUND_VISIT_ID, OSTERSUND, "c-8", ContributionKind.FEEDBACK,
                "Idéslussen behöver föreningslivet med från början.", Sector.CIVIL_SOCIETY, LATER,
                new ProposalFeedback(PROPOSAL_ID, Stance.AMENDMENT));

        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        Object read = serializer.deserialize(serialized);

        assertThat(serialized.getType().getName()).isEqualTo("se.nyskapa.visit.ContributionRecorded");
        assertThat(new String(serialized.getData(), StandardCharsets.UTF_8)).contains("\"proposalId\"",
                                                                                      "\"AMENDMENT\"");
        assertThat(read).isEqualTo(event);
        assertThat(((ContributionRecorded) read).feedback())
                .isEqualTo(new ProposalFeedback(PROPOSAL_ID, Stance.AMENDMENT));
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

    private static HistoryView.Change change(String field, String before, String after) {
        JsonMapper json = JsonMapper.builder().build();
        return new HistoryView.Change(field, before == null ? null : json.readTree(before), json.readTree(after));
    }

    private Object roundTrip(Object message) {
        SerializedObject<byte[]> serialized = serializer.serialize(message, byte[].class);
        return serializer.deserialize(serialized);
    }

    private static Stream<Arguments> named(Object... messages) {
        return Stream.of(messages).map(message -> Arguments.of(message.getClass().getSimpleName(), message));
    }

    /** A command names the aggregate it goes to; the annotation sits on the record's field. */
    private static boolean namesItsAggregate(Class<?> record) {
        return Arrays.stream(record.getDeclaredFields())
                     .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class));
    }

    private static Set<Class<?>> classesOf(Stream<Arguments> samples) {
        return samples.map(arguments -> arguments.get()[1].getClass()).collect(Collectors.toSet());
    }

    /** The records and enums, nested ones included, in the message packages of the kernel's compiled classes. */
    private static Set<Class<?>> kernelTypes() throws IOException, URISyntaxException {
        URI classes = VisitEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path root = Path.of(classes);
        if (Files.isDirectory(root)) {
            return kernelTypes(root);
        }
        try (FileSystem jar = FileSystems.newFileSystem(root)) {
            return kernelTypes(jar.getPath("/"));
        }
    }

    private static Set<Class<?>> kernelTypes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                        .map(Path::toString)
                        .filter(name -> name.endsWith(".class"))
                        .map(name -> name.substring(0, name.length() - ".class".length())
                                         .replace('/', '.').replace('\\', '.'))
                        .filter(name -> MESSAGE_PACKAGES.contains(name.substring(0, name.lastIndexOf('.'))))
                        .map(MessageSerializationTest::load)
                        .filter(type -> type.isRecord() || type.isEnum())
                        .filter(type -> !type.isAnonymousClass() && !NOT_MESSAGES.contains(type))
                        .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MessageSerializationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The types of the given objects and of everything in them: record components, collections, maps, arrays. */
    private static Set<Class<?>> reachedTypes(Stream<Object> samples) {
        Set<Class<?>> reached = new HashSet<>();
        Deque<Object> toVisit = new ArrayDeque<>();
        samples.forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            Object value = toVisit.pop();
            if (value instanceof Enum<?> constant) {
                reached.add(constant.getDeclaringClass());
            } else if (value instanceof Collection<?> collection) {
                collection.stream().filter(element -> element != null).forEach(toVisit::add);
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((key, entry) -> {
                    if (key != null) {
                        toVisit.add(key);
                    }
                    if (entry != null) {
                        toVisit.add(entry);
                    }
                });
            } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    Object element = Array.get(value, i);
                    if (element != null) {
                        toVisit.add(element);
                    }
                }
            } else if (value instanceof Record) {
                reached.add(value.getClass());
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    Object componentValue = read(component, value);
                    if (componentValue != null) {
                        toVisit.add(componentValue);
                    }
                }
            }
        }
        return reached;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
