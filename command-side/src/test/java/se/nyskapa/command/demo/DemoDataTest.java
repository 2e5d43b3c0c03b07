package se.nyskapa.command.demo;

import org.junit.jupiter.api.Test;
import se.nyskapa.command.Fakes;
import se.nyskapa.command.Require;
import se.nyskapa.command.demo.DemoData.DemoContribution;
import se.nyskapa.command.demo.DemoData.DemoProposal;
import se.nyskapa.command.demo.DemoData.DemoVersion;
import se.nyskapa.command.demo.DemoData.DemoVisit;
import se.nyskapa.command.demo.DemoData.FocusArea;
import se.nyskapa.command.demo.DemoData.Placement;
import se.nyskapa.id.Ids;
import se.nyskapa.proposal.MergeProposals;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.region.SeedTheme;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitSummary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data file is consistent in itself and with the region it is written for. */
class DemoDataTest {

    private static final DemoData DEMO = DemoData.read();
    private static final Region REGION = Fakes.region();

    @Test
    void theDemo_isWrittenForTheRegion_withOneVisitToEachKommun_withinTheTour() {
        assertThat(DEMO.region()).isEqualTo(REGION.code());
        assertThat(DEMO.visits()).extracting(DemoVisit::municipalityCode).containsExactlyInAnyOrderElementsOf(
                REGION.municipalities().stream().map(Municipality::code).toList());
        assertThat(DEMO.visits()).allSatisfy(visit -> {
            assertThat(visit.date()).isBetween(DEMO.tour().startDate(), DEMO.tour().endDate());
            assertThat(visit.attendance()).isNotEmpty();
            assertThat(visit.hosts()).isNotEmpty();
        });
    }

    @Test
    void everyId_isValid_recognisablyDemo_andUnique() {
        List<String> ids = Stream.of(
                Stream.of(DEMO.tour().tourId(), DEMO.programme().programmeId()),
                DEMO.visits().stream().map(DemoVisit::visitId),
                DEMO.contributions().stream().map(DemoContribution::contributionId),
                DEMO.proposals().stream().map(DemoProposal::proposalId)).flatMap(Function.identity()).toList();

        assertThat(ids).allSatisfy(id -> assertThat(id).matches(Ids.PATTERN).startsWith("demo-"));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void eachVisit_hearsThirtyToSixtyContributions_acrossEveryKindAndSector() {
        assertThat(DEMO.visits()).allSatisfy(visit -> assertThat(visit.contributions()).hasSizeBetween(30, 60));
        assertThat(DEMO.contributions()).hasSizeBetween(250, 400);
        assertThat(DEMO.contributions().stream().map(DemoContribution::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ContributionKind.values());
        assertThat(DEMO.contributions().stream().map(DemoContribution::sector).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Sector.values());
        assertThat(DEMO.contributions()).allSatisfy(contribution -> assertThat(contribution.text())
                .isNotBlank().hasSizeLessThanOrEqualTo(Require.MAX_TEXT));
    }

    @Test
    void mostContributions_areTaggedWithOneOrTwoSeedThemes_andEverySeedThemeIsUsed() {
        Set<String> seedThemes = REGION.themes().stream().map(SeedTheme::themeId).collect(Collectors.toSet());
        List<DemoContribution> tagged = DEMO.contributions().stream().filter(c -> !c.themeIds().isEmpty()).toList();

        assertThat(tagged).allSatisfy(contribution -> assertThat(contribution.themeIds())
                .hasSizeBetween(1, 2).doesNotHaveDuplicates().isSubsetOf(seedThemes));
        assertThat(tagged.size()).isGreaterThan(DEMO.contributions().size() * 8 / 10);
        assertThat(tagged.stream().flatMap(c -> c.themeIds().stream()).collect(Collectors.toSet()))
                .isEqualTo(seedThemes);
    }

    @Test
    void aFewContributions_areAmendedOrRetracted_andNoRetractedOneIsTagged() {
        assertThat(DEMO.contributions().stream().filter(c -> c.amendment() != null).count()).isBetween(3L, 15L);
        List<DemoContribution> retracted = DEMO.contributions().stream().filter(c -> c.retraction() != null).toList();
        assertThat(retracted).hasSizeBetween(3, 15);
        assertThat(retracted).allSatisfy(contribution -> assertThat(contribution.themeIds()).isEmpty());
        assertThat(DEMO.contributions()).noneSatisfy(contribution -> {
            assertThat(contribution.amendment()).isNotNull();
            assertThat(contribution.retraction()).isNotNull();
        });
    }

    @Test
    void feedback_isGivenOnlyByFeedbackContributions_onProposalsThatStillStandAlone() {
        Set<String> standing = DEMO.proposals().stream().map(DemoProposal::proposalId)
                .filter(id -> !mergedAway().contains(id)).collect(Collectors.toSet());

        assertThat(DEMO.contributions()).allSatisfy(contribution -> {
            if (contribution.kind() == ContributionKind.FEEDBACK) {
                assertThat(contribution.feedback()).isNotNull();
                assertThat(contribution.feedback().stance()).isNotNull();
                assertThat(standing).contains(contribution.feedback().proposalId());
            } else {
                assertThat(contribution.feedback()).isNull();
            }
        });
        assertThat(DEMO.visits()).allSatisfy(visit -> assertThat(visit.contributions())
                .anyMatch(contribution -> contribution.kind() == ContributionKind.FEEDBACK));
    }

    @Test
    void everyProposal_citesLiveContributionsHeardBeforeItWasDrafted_underASeedTheme() {
        Map<String, DemoContribution> contributions = DEMO.contributions().stream()
                .collect(Collectors.toMap(DemoContribution::contributionId, Function.identity()));
        Set<String> seedThemes = REGION.themes().stream().map(SeedTheme::themeId).collect(Collectors.toSet());

        assertThat(DEMO.proposals()).hasSizeBetween(6, 10);
        assertThat(DEMO.proposals()).allSatisfy(proposal -> {
            assertThat(proposal.themeId()).isIn(seedThemes);
            assertThat(proposal.title()).hasSizeLessThanOrEqualTo(Require.MAX_SHORT_TEXT);
            assertThat(proposal.evidence()).isNotEmpty().doesNotHaveDuplicates().allSatisfy(id -> {
                assertThat(contributions).containsKey(id);
                assertThat(contributions.get(id).kind()).isNotEqualTo(ContributionKind.FEEDBACK);
                assertThat(contributions.get(id).retraction()).isNull();
            });
            assertThat(proposal.pilotMunicipalities())
                    .allSatisfy(code -> assertThat(REGION.municipality(code)).isPresent());
        });
        assertThat(DEMO.proposals()).anySatisfy(proposal -> assertThat(proposal.assessment()).isNotNull());
        assertThat(DEMO.proposals()).anySatisfy(proposal -> assertThat(proposal.pilotMunicipalities()).isNotEmpty());
    }

    @Test
    void aMerge_joinsTwoOfTheDemosProposals() {
        Set<String> proposals = DEMO.proposals().stream().map(DemoProposal::proposalId).collect(Collectors.toSet());

        assertThat(DEMO.merges()).isNotEmpty().allSatisfy(merge -> {
            assertThat(proposals).contains(merge.proposalId(), merge.mergedProposalId());
            assertThat(mergedAway()).doesNotContain(merge.proposalId());
        });
    }

    @Test
    void theProgramme_placesStandingProposalsInItsFocusAreas_andChangesBetweenItsTwoVersions() {
        Set<String> areas = DEMO.programme().focusAreas().stream().map(FocusArea::focusAreaId)
                .collect(Collectors.toSet());
        Set<String> rejected = DEMO.proposals().stream()
                .filter(p -> !p.statusChanges().isEmpty()
                        && p.statusChanges().get(p.statusChanges().size() - 1).status() == ProposalStatus.REJECTED)
                .map(DemoProposal::proposalId).collect(Collectors.toSet());
        Set<String> proposals = DEMO.proposals().stream().map(DemoProposal::proposalId).collect(Collectors.toSet());

        assertThat(DEMO.programme().focusAreas()).hasSizeBetween(3, 4);
        assertThat(DEMO.programme().versions()).hasSize(2);
        List<Placement> placements = DEMO.programme().versions().stream()
                .flatMap(version -> version.placements().stream()).toList();
        assertThat(placements).allSatisfy(placement -> {
            assertThat(areas).contains(placement.focusAreaId());
            assertThat(proposals).contains(placement.proposalId());
            assertThat(mergedAway()).doesNotContain(placement.proposalId());
            assertThat(rejected).doesNotContain(placement.proposalId());
        });
        assertThat(DEMO.programme().focusAreas()).allSatisfy(area -> assertThat(placements)
                .anyMatch(placement -> placement.focusAreaId().equals(area.focusAreaId())));

        DemoVersion second = DEMO.programme().versions().get(1);
        assertThat(second.revisions()).isNotEmpty();
        assertThat(second.removals()).isNotEmpty();
        assertThat(second.placements()).isNotEmpty();
        assertThat(second.removals()).allSatisfy(id -> assertThat(DEMO.programme().versions().get(0).placements())
                .anyMatch(placement -> placement.proposalId().equals(id)));
    }

    @Test
    void everyVisit_isConcludedWithAllSevenReflections() {
        assertThat(DEMO.visits()).allSatisfy(visit -> assertThat(reflections(visit.summary()))
                .allSatisfy(text -> assertThat(text).isNotBlank()));
    }

    @Test
    void theTourAndTheProgramme_sayTheyAreFictional() {
        assertThat(DEMO.tour().name()).containsIgnoringCase("fiktiv");
        assertThat(DEMO.programme().name()).containsIgnoringCase("fiktiv");
    }

    @Test
    void proposals_goOnToReview_andSomeAreIncludedOrRejected() {
        assertThat(EnumSet.copyOf(DEMO.proposals().stream().flatMap(p -> p.statusChanges().stream())
                                          .map(DemoData.StatusChange::status).toList()))
                .contains(ProposalStatus.UNDER_REVIEW, ProposalStatus.INCLUDED, ProposalStatus.REJECTED);
    }

    private static Set<String> mergedAway() {
        return DEMO.merges().stream().map(MergeProposals::mergedProposalId).collect(Collectors.toSet());
    }

    private static List<String> reflections(VisitSummary summary) {
        return Arrays.asList(summary.done(), summary.gained(), summary.learned(), summary.wisestNext(),
                             summary.needs(), summary.nextStep(), summary.strengths());
    }
}
