package se.nyskapa.command.visit;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.nyskapa.command.Fakes;
import se.nyskapa.personal.Contributor;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.personal.SealedContributor;
import se.nyskapa.personal.SealedText;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitScheduled;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static se.nyskapa.command.Rejections.rejectedAs;
import static se.nyskapa.rejection.Rejection.Reason.CONFLICT;
import static se.nyskapa.rejection.Rejection.Reason.INVALID;

/** A contribution that names its contributor, or whose text holds personal data: sealed, compared, erased. */
class PersonalContributionTest {

    private static final Instant NOW = Instant.parse("2015-11-12T13:30:00Z");
    private static final Instant EARLIER = Instant.parse("2015-11-12T09:15:00Z");
    private static final String VISIT_ID = "are-2015-11-12";
    private static final String AARE = "2321";
    private static final String CONTRIBUTION_ID = "c-1";
    private static final String TEXT = "Min son med diabetes får ingen skolskjuts hem efter klockan fyra.";
    private static final String AMENDED_TEXT = "Barn med diabetes får ingen skolskjuts efter klockan fyra.";
    private static final Contributor ASA = new Contributor("Åsa Sjöström", "asa.sjostrom@are.se", "Åre kommun", true);
    private static final VisitScheduled SCHEDULED = new VisitScheduled(
            VISIT_ID, AARE, LocalDate.of(2015, 11, 12), "Holiday Club, Åre", List.of("Örjan Ek"), EARLIER);

    private final Fakes fakes = new Fakes();
    private final PersonalData personalData = fakes.personalData;
    private final List<Object> applied = new ArrayList<>();
    private FixtureConfiguration<Visit> fixture;

    @BeforeEach
    void setUp() {
        fixture = fakes.fixture(Visit.class, NOW);
    }

    @Test
    void recordContribution_sealsTheContributorsDetails_andKeepsThePlainText() {
        fixture.given(SCHEDULED)
               .when(record(ASA, false))
               .expectEventsMatching(onlyEvent())
               .expectResultMessagePayload(Outcome.APPLIED);

        ContributionRecorded event = (ContributionRecorded) applied.get(0);
        assertThat(event.text()).isEqualTo(TEXT);
        assertThat(event.personalText()).isNull();
        assertThat(personalData.open(CONTRIBUTION_ID, event.contributor())).contains(ASA);
        assertThat(event.toString()).doesNotContain("Åsa", "asa.sjostrom", "Åre kommun");
    }

    @Test
    void recordContribution_withPersonalText_sealsTheTextUnderTheContributorsKey() {
        fixture.given(SCHEDULED)
               .when(record(ASA, true))
               .expectEventsMatching(onlyEvent());

        ContributionRecorded event = (ContributionRecorded) applied.get(0);
        assertThat(event.text()).isNull();
        assertThat(event.personalText().keyId()).isEqualTo(event.contributor().keyId());
        assertThat(personalData.open(CONTRIBUTION_ID, event.personalText())).contains(TEXT);
        assertThat(event.toString()).doesNotContain("diabetes");
    }

    @Test
    void recordContribution_withPersonalTextAndNoContributor_sealsTheTextUnderAKeyOfItsOwn() {
        fixture.given(SCHEDULED)
               .when(record(null, true))
               .expectEventsMatching(onlyEvent());

        ContributionRecorded event = (ContributionRecorded) applied.get(0);
        assertThat(event.contributor()).isNull();
        assertThat(personalData.open(CONTRIBUTION_ID, event.personalText())).contains(TEXT);
    }

    @Test
    void recordContribution_keepsTheDetailsWithoutSurroundingSpace_andABlankOneAsNotGiven() {
        fixture.given(SCHEDULED)
               .when(record(new Contributor("  Åsa Sjöström ", " asa.sjostrom@are.se", "  ", true), false))
               .expectEventsMatching(onlyEvent());

        ContributionRecorded event = (ContributionRecorded) applied.get(0);
        assertThat(event.contributor().organisation()).isNull();
        assertThat(personalData.open(CONTRIBUTION_ID, event.contributor()))
                .contains(new Contributor("Åsa Sjöström", "asa.sjostrom@are.se", null, true));
    }

    @Test
    void recordContribution_isRefused_withoutConsent() {
        for (Boolean consent : new Boolean[]{null, false}) {
            fixture.given(SCHEDULED)
                   .when(record(new Contributor("Åsa Sjöström", null, null, consent), false))
                   .expectNoEvents()
                   .expectException(rejectedAs(INVALID, "contributor.consent"));
        }
    }

    @Test
    void recordContribution_isRefused_forAContributorWithoutDetails() {
        fixture.given(SCHEDULED)
               .when(record(new Contributor(" ", null, "", true), false))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "contributor"));
    }

    @Test
    void recordContribution_isRefused_forDetailsOverTheirLimits() {
        fixture.given(SCHEDULED)
               .when(record(new Contributor("Å".repeat(201), null, null, true), false))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "contributor.name"));
        fixture.given(SCHEDULED)
               .when(record(new Contributor(null, "a".repeat(250) + "@x.se", null, true), false))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "contributor.email"));
        fixture.given(SCHEDULED)
               .when(record(new Contributor(null, null, "Ö".repeat(201), true), false))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "contributor.organisation"));
    }

    /** The ciphertext is random each time: a resend is recognised by what the sealed details open to. */
    @Test
    void anIdenticalResend_changesNothing() {
        fixture.given(SCHEDULED, recorded(ASA, true))
               .when(record(new Contributor(" Åsa Sjöström", "asa.sjostrom@are.se ", "Åre kommun", true), true))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void aResendNamingAnotherPerson_orNoOne_orMarkedOtherwise_isAConflict() {
        fixture.given(SCHEDULED, recorded(ASA, true))
               .when(record(new Contributor("Örjan Ek", "asa.sjostrom@are.se", "Åre kommun", true), true))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "contributionId"));
        fixture.given(SCHEDULED, recorded(ASA, true))
               .when(record(null, true))
               .expectException(rejectedAs(CONFLICT, "contributionId"));
        fixture.given(SCHEDULED, recorded(ASA, true))
               .when(record(ASA, false))
               .expectException(rejectedAs(CONFLICT, "contributionId"));
        fixture.given(SCHEDULED, recorded(null, false))
               .when(record(ASA, false))
               .expectException(rejectedAs(CONFLICT, "contributionId"));
    }

    /**
     * An offline device may send a recording again after the person was erased: it cannot be compared any more, and
     * it must not bring the details back.
     */
    @Test
    void aResendAfterThePersonWasErased_changesNothing() {
        ContributionRecorded recorded = recorded(ASA, true);
        personalData.erase(ASA.email());

        fixture.given(SCHEDULED, recorded)
               .when(record(ASA, true))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void amendContribution_asPersonal_sealsTheNewTextUnderTheContributorsKey() {
        ContributionRecorded recorded = recorded(ASA, false);

        fixture.given(SCHEDULED, recorded)
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, AMENDED_TEXT, true))
               .expectEventsMatching(onlyEvent())
               .expectResultMessagePayload(Outcome.APPLIED);

        ContributionAmended event = (ContributionAmended) applied.get(0);
        assertThat(event.text()).isNull();
        assertThat(event.personalText().keyId()).isEqualTo(recorded.contributor().keyId());
        assertThat(personalData.open(CONTRIBUTION_ID, event.personalText())).contains(AMENDED_TEXT);
    }

    @Test
    void amendContribution_withTheSamePersonalText_changesNothing_butUnmarkingItIsAChange() {
        fixture.given(SCHEDULED, recorded(ASA, true))
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, TEXT, true))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
        fixture.given(SCHEDULED, recorded(ASA, true))
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, TEXT, false))
               .expectEvents(new ContributionAmended(VISIT_ID, AARE, CONTRIBUTION_ID, TEXT, NOW));
    }

    @Test
    void amendContribution_afterThePersonWasErased_sealsTheTextUnderANewKey() {
        ContributionRecorded recorded = recorded(ASA, true);
        personalData.erase(ASA.email());

        fixture.given(SCHEDULED, recorded)
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, AMENDED_TEXT, true))
               .expectEventsMatching(onlyEvent());

        SealedText sealed = ((ContributionAmended) applied.get(0)).personalText();
        assertThat(sealed.keyId()).isNotEqualTo(recorded.contributor().keyId());
        assertThat(personalData.open(CONTRIBUTION_ID, sealed)).contains(AMENDED_TEXT);
    }

    /** A visit is snapshotted into the event store: its state holds the sealed forms alone. */
    @Test
    void theVisitsState_holdsNoPersonalDataInTheClear() {
        fixture.given(SCHEDULED, recorded(ASA, true))
               .when(new AmendContribution(VISIT_ID, CONTRIBUTION_ID, AMENDED_TEXT, true))
               .expectState(visit -> assertThat(JsonMapper.builder().build().writeValueAsString(visit))
                       .contains("\"keyId\"")
                       .doesNotContain("Åsa", "asa.sjostrom", "Åre kommun", "diabetes"));
    }

    private RecordContribution record(Contributor contributor, boolean personalText) {
        return new RecordContribution(VISIT_ID, CONTRIBUTION_ID, ContributionKind.NEED, TEXT, Sector.CITIZEN, null,
                                      null, contributor, personalText);
    }

    /** The event the aggregate would have applied, sealed by the same keys the fixture's visit uses. */
    private ContributionRecorded recorded(Contributor contributor, boolean personalText) {
        SealedContributor sealed = contributor == null ? null : personalData.seal(CONTRIBUTION_ID, contributor);
        SealedText text = personalText
                ? personalData.seal(CONTRIBUTION_ID, TEXT, sealed == null ? null : sealed.keyId()) : null;
        return new ContributionRecorded(VISIT_ID, AARE, CONTRIBUTION_ID, ContributionKind.NEED,
                                        personalText ? null : TEXT, Sector.CITIZEN, EARLIER, null, null, sealed, text);
    }

    /** Exactly one event, kept for the test to open. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private org.hamcrest.Matcher onlyEvent() {
        return payloadsMatching(exactSequenceOf(predicate(payload -> applied.add(payload)), andNoMore()));
    }
}
