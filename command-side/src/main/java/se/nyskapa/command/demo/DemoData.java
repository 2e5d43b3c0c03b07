package se.nyskapa.command.demo;

import se.nyskapa.proposal.Assessment;
import se.nyskapa.proposal.ChangeProposalStatus;
import se.nyskapa.proposal.MergeProposals;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ReviseProposal;
import se.nyskapa.tour.PlanTour;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitSummary;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The fictional demo tour, as written in {@link #FILE}: a tour of a region's kommuner, what was heard at each visit,
 * the proposals drafted from it and a programme built from them. Where the file's shape is a command's, it is that
 * command's record.
 *
 * @param region the code of the region the data is written for; its kommun codes and theme ids are that region's
 */
record DemoData(String region, PlanTour tour, List<DemoVisit> visits, List<DemoProposal> proposals,
                List<MergeProposals> merges, DemoProgramme programme) {

    static final String FILE = "/demo/kalasturne.json";

    /** A misspelt field in the file is an error, not a part of the demo silently left out. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    DemoData {
        visits = listOf(visits);
        proposals = listOf(proposals);
        merges = listOf(merges);
    }

    static DemoData read() {
        try (InputStream file = DemoData.class.getResourceAsStream(FILE)) {
            if (file == null) {
                throw new IllegalStateException("the demo data file " + FILE + " is missing from the classpath");
            }
            return JSON.readValue(file, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the demo data file " + FILE, e);
        }
    }

    List<DemoContribution> contributions() {
        return visits.stream().flatMap(visit -> visit.contributions().stream()).toList();
    }

    record DemoVisit(String visitId, String municipalityCode, LocalDate date, String venue, List<String> hosts,
                     Map<Sector, Integer> attendance, List<DemoContribution> contributions, VisitSummary summary) {

        DemoVisit {
            hosts = listOf(hosts);
            attendance = attendance == null ? Map.of() : Map.copyOf(attendance);
            contributions = listOf(contributions);
        }
    }

    /**
     * @param themeIds   the themes an analyst tags it with after the visit; none for a retracted contribution
     * @param feedback   for a {@link ContributionKind#FEEDBACK} contribution, the proposal it is about and the stance
     * @param amendment  the text it is amended to, or {@code null}
     * @param retraction the reason it is retracted, or {@code null}
     */
    record DemoContribution(String contributionId, ContributionKind kind, Sector sector, String text,
                            List<String> themeIds, ProposalFeedback feedback, String amendment, String retraction) {

        DemoContribution {
            themeIds = listOf(themeIds);
        }
    }

    /**
     * @param evidence      the contributions it is drafted from
     * @param assessment    its assessment, or {@code null} when it is not assessed
     * @param statusChanges the statuses it is moved through after drafting, in order
     */
    record DemoProposal(String proposalId, String title, String description, String themeId, List<String> evidence,
                        Assessment assessment, List<String> pilotMunicipalities, List<StatusChange> statusChanges) {

        DemoProposal {
            evidence = listOf(evidence);
            pilotMunicipalities = listOf(pilotMunicipalities);
            statusChanges = listOf(statusChanges);
        }
    }

    record StatusChange(ProposalStatus status, String note) {
    }

    /**
     * @param versions each published draft, with the changes made to the draft before it was published
     */
    record DemoProgramme(String programmeId, String name, int horizonYear, List<FocusArea> focusAreas,
                         List<DemoVersion> versions) {

        DemoProgramme {
            focusAreas = listOf(focusAreas);
            versions = listOf(versions);
        }
    }

    record FocusArea(String focusAreaId, String name) {
    }

    /**
     * The changes made to the draft before it is published as the next version, applied in this order: proposals
     * revised, proposals' statuses changed, proposals placed (or moved), proposals removed.
     *
     * @param removals the proposals taken out of the draft
     */
    record DemoVersion(String note, List<ReviseProposal> revisions, List<ChangeProposalStatus> statusChanges,
                       List<Placement> placements, List<String> removals) {

        DemoVersion {
            revisions = listOf(revisions);
            statusChanges = listOf(statusChanges);
            placements = listOf(placements);
            removals = listOf(removals);
        }
    }

    record Placement(String proposalId, String focusAreaId) {
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
