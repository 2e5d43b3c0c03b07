package se.nyskapa.query.personal;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.feedback.FindMunicipalityFeedback;
import se.nyskapa.feedback.MunicipalityFeedbackView;
import se.nyskapa.history.FindHistory;
import se.nyskapa.history.HistoryView;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.personal.Contributor;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.personal.SealedContributor;
import se.nyskapa.personal.SealedText;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.FindProposalAsOf;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.proposal.Stance;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.theme.FindTheme;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeView;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.FindVisit;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitView;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.personal.Contributor.ERASED;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;

/**
 * Every projection keeps a contributor's details and a personal text as the events carry them, sealed, and opens
 * them when read; once the person is erased, every view reads [raderad] for them, and the rest of the contribution
 * stays.
 */
@ProjectionTest
class PersonalDataProjectionTests {

    private static final VisitEvents ARE = new VisitEvents("visit-are", "2321");
    private static final Instant AT = Instant.parse("2015-11-05T09:00:00Z");
    private static final String THEME = "skolskjuts";
    private static final String PROPOSAL = "p-skolskjuts";
    private static final Contributor ASA = new Contributor("Åsa Sjöström", "asa.sjostrom@are.se", "Åre kommun", true);
    private static final Contributor ORJAN = new Contributor("Örjan Ek", "orjan.ek@krokom.se", null, true);
    private static final String PERSONAL_TEXT = "Min son Elias med diabetes får ingen skolskjuts efter klockan fyra.";
    private static final String AMENDED_TEXT = "Elias, som har diabetes, får ingen skolskjuts efter klockan fyra.";
    private static final String FEEDBACK_TEXT = "Bra förslag, säger Åsa som själv kör Elias varje dag.";
    private static final String PLAIN_TEXT = "Fler kvällsturer med buss mellan byarna.";

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    QueryGateway queries;
    @Autowired
    PersonalData personalData;

    @Test
    void everyViewOpensThePersonalData_andReadsErasedOnceThePersonIsErased() {
        publishVisit();
        projections.awaitCaughtUp();

        VisitView visit = visit();
        assertThat(contribution(visit, "c-1").contributor()).isEqualTo(ASA);
        assertThat(contribution(visit, "c-1").text()).isEqualTo(AMENDED_TEXT);
        assertThat(contribution(visit, "c-1").personalText()).isTrue();
        assertThat(contribution(visit, "c-2").contributor()).isEqualTo(ORJAN);
        assertThat(contribution(visit, "c-2").personalText()).isFalse();
        assertThat(contribution(visit, "c-4").contributor()).isNull();
        assertThat(personalTexts()).containsOnly(AMENDED_TEXT, FEEDBACK_TEXT);

        personalData.erase("ASA.sjostrom@are.se");

        visit = visit();
        assertThat(contribution(visit, "c-1").contributor()).isEqualTo(new Contributor(ERASED, ERASED, ERASED, true));
        assertThat(contribution(visit, "c-1").text()).isEqualTo(ERASED);
        assertThat(contribution(visit, "c-1").kind()).as("the rest of it stays").isEqualTo(ContributionKind.NEED);
        assertThat(contribution(visit, "c-1").themeIds()).containsExactly(THEME);
        assertThat(contribution(visit, "c-3").contributor()).isEqualTo(new Contributor(ERASED, ERASED, ERASED, true));
        assertThat(contribution(visit, "c-3").text()).isEqualTo(ERASED);
        assertThat(contribution(visit, "c-2").contributor()).as("another person's stay").isEqualTo(ORJAN);
        assertThat(contribution(visit, "c-2").text()).isEqualTo(PLAIN_TEXT);
        assertThat(personalTexts()).containsOnly(ERASED);
    }

    @Test
    void theHistoryShowsTheDetailsOpened_andErasedOnceThePersonIsErased() {
        publishVisit();

        List<HistoryView.Entry> before = history("c-1").events();
        assertThat(change(before.get(0), "contributor").path("name").asString()).isEqualTo("Åsa Sjöström");
        assertThat(change(before.get(0), "contributor").path("email").asString()).isEqualTo("asa.sjostrom@are.se");
        assertThat(change(before.get(0), "text").asString()).isEqualTo(PERSONAL_TEXT);
        assertThat(change(before.get(0), "personalText").asBoolean()).isTrue();
        assertThat(before.toString()).doesNotContain("keyId", "ciphertext");

        personalData.erase(ASA.email());

        List<HistoryView.Entry> after = history("c-1").events();
        assertThat(change(after.get(0), "contributor").path("name").asString()).isEqualTo(ERASED);
        assertThat(change(after.get(0), "contributor").path("organisation").asString()).isEqualTo(ERASED);
        assertThat(change(after.get(0), "text").asString()).isEqualTo(ERASED);
        assertThat(after.toString()).doesNotContain("Åsa", "asa.sjostrom", "Elias", "Åre kommun");
        assertThat(history(ARE.visitId()).toString()).doesNotContain("Åsa", "asa.sjostrom", "Elias");
    }

    /** The documents on disk hold the sealed form alone; nothing of the person or the personal text is readable. */
    @Test
    void noProjectionDocument_holdsPersonalDataInTheClear() {
        publishVisit();
        projections.awaitCaughtUp();

        String documents = projections.documents().toString();

        assertThat(documents).contains(PLAIN_TEXT, "keyId")
                             .doesNotContain("Åsa", "Sjöström", "asa.sjostrom", "Åre kommun", "Örjan", "orjan.ek",
                                             "Elias", "diabetes");
    }

    private void publishVisit() {
        SealedContributor asa = personalData.seal("c-1", ASA);
        SealedContributor asaAgain = personalData.seal("c-3", ASA);
        events.publish(new ThemeDefined("SE-Z", THEME, "Skolskjuts", AT),
                       ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                       recorded("c-1", ContributionKind.NEED, null, asa,
                                personalData.seal("c-1", PERSONAL_TEXT, asa.keyId()), null),
                       recorded("c-2", ContributionKind.IDEA, PLAIN_TEXT, personalData.seal("c-2", ORJAN), null,
                                null),
                       new ContributionTagged(ARE.visitId(), ARE.municipalityCode(), "c-1", List.of(THEME),
                                              AT.plusSeconds(60)),
                       new ProposalDrafted(PROPOSAL, "Skolskjuts på kvällen", "Skolskjuts även efter fyra.", THEME,
                                           List.of(new Evidence("c-1", ARE.visitId(), ARE.municipalityCode())),
                                           AT.plusSeconds(120)),
                       recorded("c-3", ContributionKind.FEEDBACK, null, asaAgain,
                                personalData.seal("c-3", FEEDBACK_TEXT, asaAgain.keyId()),
                                new ProposalFeedback(PROPOSAL, Stance.SUPPORT)),
                       recorded("c-4", ContributionKind.NEED, PLAIN_TEXT, null, null, null),
                       new ContributionAmended(ARE.visitId(), ARE.municipalityCode(), "c-1", null, AT.plusSeconds(300),
                                               personalData.seal("c-1", AMENDED_TEXT, asa.keyId())));
    }

    private static ContributionRecorded recorded(String id, ContributionKind kind, String text,
                                                 SealedContributor contributor, SealedText personalText,
                                                 ProposalFeedback feedback) {
        return new ContributionRecorded(ARE.visitId(), ARE.municipalityCode(), id, kind, text, Sector.CITIZEN,
                                        AT.plusSeconds(Long.parseLong(id.substring(2)) * 10), feedback, null,
                                        contributor, personalText);
    }

    /** The texts of c-1 and c-3 in every other view that shows contribution texts. */
    private List<String> personalTexts() {
        MunicipalityView kommun = queries.query(new FindMunicipality(ARE.municipalityCode(), 0),
                                                ResponseTypes.optionalInstanceOf(MunicipalityView.class))
                                         .join().orElseThrow();
        ThemeView theme = queries.query(new FindTheme(THEME), ResponseTypes.optionalInstanceOf(ThemeView.class))
                                 .join().orElseThrow();
        ProposalView proposal = queries.query(new FindProposal(PROPOSAL),
                                              ResponseTypes.optionalInstanceOf(ProposalView.class)).join()
                                       .orElseThrow();
        ProposalView pastProposal = queries.query(new FindProposalAsOf(PROPOSAL, Instant.now()),
                                                  ResponseTypes.optionalInstanceOf(ProposalView.class)).join()
                                           .orElseThrow();
        MunicipalityFeedbackView feedback = queries.query(new FindMunicipalityFeedback(ARE.municipalityCode()),
                                                          ResponseTypes.optionalInstanceOf(
                                                                  MunicipalityFeedbackView.class))
                                                   .join().orElseThrow();
        return Stream.of(
                kommun.needs().items().stream().filter(need -> need.contributionId().equals("c-1"))
                      .map(MunicipalityView.Need::text),
                theme.contributions().stream().map(ThemeView.Contribution::text),
                proposal.evidence().stream().map(ProposalView.EvidenceEntry::text),
                proposal.feedback().stream().map(ProposalView.FeedbackEntry::text),
                pastProposal.evidence().stream().map(ProposalView.EvidenceEntry::text),
                feedback.contributions().stream().filter(heard -> !heard.contributionId().equals("c-2")
                                                                  && !heard.contributionId().equals("c-4"))
                        .map(MunicipalityFeedbackView.Heard::text)).flatMap(texts -> texts).toList();
    }

    private VisitView visit() {
        projections.awaitCaughtUp();
        return queries.query(new FindVisit(ARE.visitId()), ResponseTypes.optionalInstanceOf(VisitView.class)).join()
                      .orElseThrow();
    }

    private static VisitView.ContributionView contribution(VisitView visit, String id) {
        return visit.contributions().stream().filter(c -> c.contributionId().equals(id)).findFirst().orElseThrow();
    }

    private HistoryView history(String id) {
        projections.awaitCaughtUp();
        return queries.query(new FindHistory(id, 0), ResponseTypes.optionalInstanceOf(HistoryView.class)).join()
                      .orElseThrow();
    }

    private static JsonNode change(HistoryView.Entry entry, String field) {
        return entry.changes().stream().filter(change -> change.field().equals(field)).findFirst().orElseThrow()
                    .after();
    }
}
