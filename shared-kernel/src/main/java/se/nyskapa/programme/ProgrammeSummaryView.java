package se.nyskapa.programme;

import se.nyskapa.proposal.ProposalStatus;

import java.time.Instant;
import java.util.List;

/**
 * The programme draft for leadership: focus areas with their proposals, each with its evidence count, the kommuner
 * it was heard in and its status; which of the region's kommuner the draft covers and which it does not.
 *
 * @param version     for a published version its number; for the live draft the last published number (0: none)
 * @param changedSincePublished for the live draft: whether it differs from its last published version
 */
public record ProgrammeSummaryView(String programmeId, String name, int horizonYear, ProgrammeStatus status,
                                   int version, String note, Instant publishedAt, Integer adoptedVersion,
                                   boolean changedSincePublished, List<FocusArea> focusAreas,
                                   List<Municipality> municipalitiesCovered, List<Municipality> municipalitiesNotCovered,
                                   List<Version> versions) {

    public record FocusArea(String focusAreaId, String name, List<Proposal> proposals) {
    }

    public record Proposal(String proposalId, String title, ProposalStatus status, int evidenceCount,
                           List<String> municipalities, Integer impact, Integer feasibility) {
    }

    public record Municipality(String code, String name) {
    }

    public record Version(int version, String note, Instant publishedAt) {
    }
}
