package se.nyskapa.query;

import se.nyskapa.programme.DraftPublished;
import se.nyskapa.programme.DraftPublished.PublishedFocusArea;
import se.nyskapa.programme.DraftPublished.PublishedProposal;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.proposal.Assessment;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
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
import se.nyskapa.proposal.Stance;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitEvent;
import se.nyskapa.visit.VisitSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.NEED;

/**
 * A region's year in events, for the tests that run every projection over it: an autumn tour of every kommun with
 * interleaved contributions, and what analysts and leadership make of it (themes, proposals, a programme).
 */
public final class KalasTour {

    private static final Instant START = Instant.parse("2015-11-02T08:00:00Z");
    private static final int ROUNDS = 40;
    private static final VisitSummary SUMMARY =
            new VisitSummary("Dialog", "Behov", "Lärdomar", "Nästa", "Resurser", "Steg", "Styrkor");

    private final EventLog events;
    private final Region region;

    private KalasTour(EventLog events, Region region) {
        this.events = events;
        this.region = region;
    }

    public static void publish(EventLog events, Region region) {
        KalasTour tour = new KalasTour(events, region);
        tour.publishTour();
        tour.publishProgrammeWork();
    }

    /**
     * Two visits to Östersund and Åre and one to every other kommun, their contributions interleaved, some amended or
     * retracted, attendance recorded and corrected, most visits concluded and one reopened; published round by round
     * so that the processors see it in batches of varying size.
     */
    private void publishTour() {
        List<VisitEvents> visits = new ArrayList<>();
        for (Municipality municipality : region.municipalities()) {
            visits.add(new VisitEvents("visit-" + municipality.code() + "-autumn", municipality.code()));
        }
        visits.add(new VisitEvents("visit-2380-spring", "2380"));
        visits.add(new VisitEvents("visit-2321-spring", "2321"));

        List<VisitEvent> scheduled = new ArrayList<>();
        for (int v = 0; v < visits.size(); v++) {
            scheduled.add(visits.get(v).scheduled(TODAY.minusDays(10).plusDays(v * 3L), "Kommunhuset", "Anna Berg"));
        }
        events.publish(scheduled);

        ContributionKind[] kinds = ContributionKind.values();
        Sector[] sectors = Sector.values();
        for (int round = 0; round < ROUNDS; round++) {
            List<VisitEvent> roundEvents = new ArrayList<>();
            for (int v = 0; v < visits.size(); v++) {
                VisitEvents visit = visits.get(v);
                Instant at = START.plusSeconds(3_600L * round + 60L * v);
                String id = visit.visitId() + "-c" + round;
                ContributionKind kind = round % 3 == 0 ? kinds[(round + v) % kinds.length] : NEED;
                roundEvents.add(visit.recorded(id, kind, sectors[(round + 2 * v) % sectors.length], "Inspel " + id, at));
                if (round % 7 == 6) {
                    roundEvents.add(visit.retracted(visit.visitId() + "-c" + (round - 3), "Dubblett", at));
                }
                if (round % 5 == 4) {
                    roundEvents.add(visit.amended(visit.visitId() + "-c" + (round - 2), "Omformulerat " + id, at));
                }
                if (round == ROUNDS / 2 || round == ROUNDS - 1) {
                    roundEvents.add(visit.attendance(Map.of(Sector.CITIZEN, 10 + round + v, Sector.BUSINESS, v), at));
                }
            }
            events.publish(roundEvents);
        }

        List<VisitEvent> closing = new ArrayList<>();
        for (int v = 0; v < visits.size() - 1; v++) {
            closing.add(visits.get(v).concluded(SUMMARY, START.plusSeconds(3_600L * ROUNDS + v)));
        }
        closing.add(visits.get(0).reopened(START.plusSeconds(3_600L * (ROUNDS + 1))));
        events.publish(closing);
    }

    /**
     * What analysts and leadership make of it: the visits joined to a tour, tags (some moved, one theme merged into
     * another), proposals drafted from the contributions with feedback on them, merged, split, assessed and decided,
     * and a programme with two published versions, adopted.
     */
    private void publishProgrammeWork() {
        Instant at = START.plusSeconds(3_600L * (ROUNDS + 2));
        String taxonomy = region.code();
        List<Object> work = new ArrayList<>();
        work.add(new TourPlanned("kalas", "Kalasturné november 2015", TODAY.minusDays(20), TODAY.plusDays(30), at));
        for (Municipality municipality : region.municipalities()) {
            work.add(new VisitJoinedTour("visit-" + municipality.code() + "-autumn", municipality.code(), "kalas",
                                         TODAY, "Kommunhuset", at));
        }
        for (String theme : List.of("ideslussar", "dialogplattform", "motesplatser", "kreativ-byrakrati")) {
            work.add(new ThemeDefined(taxonomy, theme, "Tema " + theme, at));
        }
        for (int round = 0; round < ROUNDS; round += 2) {
            if (round % 7 == 3) {
                continue;
            }
            for (Municipality municipality : region.municipalities()) {
                String visit = "visit-" + municipality.code() + "-autumn";
                String theme = List.of("ideslussar", "dialogplattform", "motesplatser").get(round % 3);
                work.add(new ContributionTagged(visit, municipality.code(), visit + "-c" + round,
                                                round % 4 == 0 ? List.of(theme, "motesplatser") : List.of(theme), at));
            }
        }
        work.add(new ThemeRenamed(taxonomy, "ideslussar", "Idéslussar", at));
        work.add(new ThemeMerged(taxonomy, "motesplatser", "dialogplattform", at));
        work.add(new ThemeRetired(taxonomy, "kreativ-byrakrati", at));

        work.add(new ProposalDrafted("p-1", "Idéslussar i varje kommun", "", "ideslussar",
                                     List.of(evidence("2321", 0), evidence("2380", 2), evidence("2309", 4)), at));
        work.add(new ProposalDrafted("p-2", "Mötesplatser i bygdegårdarna", "", "motesplatser",
                                     List.of(evidence("2305", 8), evidence("2361", 6)), at));
        work.add(new ProposalDrafted("p-3", "Digital tillsyn", "", "dialogplattform",
                                     List.of(evidence("2326", 12), evidence("2303", 14)), at));
        work.add(new EvidenceLinked("p-1", evidence("2313", 16), at));
        work.add(new ContributionRecorded("visit-2309-autumn", "2309", "feedback-1", ContributionKind.FEEDBACK,
                                          "Vi vill vara testkommun", Sector.ELECTED_OFFICIAL, at,
                                          new ProposalFeedback("p-2", Stance.SUPPORT)));
        work.add(new ProposalMerged("p-2", "p-1", at));
        work.add(new ProposalAbsorbed("p-1", "p-2", List.of(evidence("2305", 8), evidence("2361", 6)), at));
        work.add(new ContributionRecorded("visit-2380-spring", "2380", "feedback-2", ContributionKind.FEEDBACK,
                                          "Vem bemannar slussen?", Sector.MUNICIPAL_STAFF, at,
                                          new ProposalFeedback("p-2", Stance.CONCERN)));
        work.add(new ProposalSplit("p-3", "p-4", List.of("visit-2303-autumn-c14"), at));
        work.add(new ProposalSplitOff("p-4", "p-3", "Tillsyn i Ragunda", "", "dialogplattform",
                                      List.of(evidence("2303", 14)), at));
        work.add(new ProposalAssessed("p-1", new Assessment(4, 3, "Stort stöd", "Anna"), at));
        work.add(new PilotMunicipalitiesNamed("p-1", List.of("2321", "2309"), at));
        work.add(new ProposalStatusChanged("p-1", ProposalStatus.DRAFT, ProposalStatus.UNDER_REVIEW, null, at));
        work.add(new ProposalStatusChanged("p-4", ProposalStatus.DRAFT, ProposalStatus.REJECTED, "För smal", at));

        work.add(new ProgrammeStarted("ip-2025", "Innovationsprogram 2025", 2025, at));
        work.add(new FocusAreaAdded("ip-2025", "ideer", "Idéer som blir verklighet", at));
        work.add(new FocusAreaAdded("ip-2025", "halsa", "Hälsa", at));
        work.add(new ProposalPlaced("ip-2025", "p-1", "ideer", null, at));
        work.add(new ProposalPlaced("ip-2025", "p-3", "ideer", null, at));
        work.add(new DraftPublished("ip-2025", 1, "Första utkastet", "Innovationsprogram 2025", List.of(
                new PublishedFocusArea("ideer", "Idéer som blir verklighet",
                                       List.of(new PublishedProposal("p-1", 5), new PublishedProposal("p-3", 1))),
                new PublishedFocusArea("halsa", "Hälsa", List.of())), at));
        work.add(new ProposalPlaced("ip-2025", "p-3", "halsa", "ideer", at));
        work.add(new FocusAreaRenamed("ip-2025", "halsa", "Hälsa och omsorg", at));
        work.add(new ProposalRevised("p-1", "Idéslussar i alla kommuner", "", "ideslussar", at));
        work.add(new ContributionRetracted("visit-2313-autumn", "2313", "visit-2313-autumn-c16", "Dubblett", at));
        work.add(new DraftPublished("ip-2025", 2, "Efter remissen", "Innovationsprogram 2025", List.of(
                new PublishedFocusArea("ideer", "Idéer som blir verklighet", List.of(new PublishedProposal("p-1", 9))),
                new PublishedFocusArea("halsa", "Hälsa och omsorg", List.of(new PublishedProposal("p-3", 1)))), at));
        work.add(new ProgrammeAdopted("ip-2025", 2, at));
        events.publish(work);
    }

    private static Evidence evidence(String municipalityCode, int round) {
        String visit = "visit-" + municipalityCode + "-autumn";
        return new Evidence(visit + "-c" + round, visit, municipalityCode);
    }
}
