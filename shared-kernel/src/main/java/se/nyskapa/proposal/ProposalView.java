package se.nyskapa.proposal;

import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A proposal with its evidence (retracted contributions are kept, marked, and not counted), each kommun's stance as
 * heard in feedback, its latest assessment, its testkommuner, and where it came from and went.
 */
public record ProposalView(String proposalId, String title, String description, String themeId, String themeName,
                           ProposalStatus status, int evidenceCount, List<String> municipalitiesHeard,
                           List<EvidenceEntry> evidence, Map<String, Map<Stance, Integer>> stances,
                           List<FeedbackEntry> feedback, AssessmentEntry assessment, List<String> pilotMunicipalities,
                           Lineage lineage, List<Placement> placements, Instant draftedAt, Instant updatedAt) {

    public record EvidenceEntry(String contributionId, String visitId, String municipalityCode, ContributionKind kind,
                                Sector sector, String text, boolean retracted, String via) {
    }

    public record FeedbackEntry(String contributionId, String visitId, String municipalityCode, Stance stance,
                                String text, boolean retracted) {
    }

    public record AssessmentEntry(int impact, int feasibility, String rationale, String assessedBy,
                                  Instant assessedAt, int assessmentCount) {
    }

    public record Lineage(String splitFrom, List<String> splitInto, List<String> mergedFrom, String mergedInto) {
    }

    public record Placement(String programmeId, String focusAreaId) {
    }
}
