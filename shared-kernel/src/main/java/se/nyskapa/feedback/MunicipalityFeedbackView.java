package se.nyskapa.feedback;

import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Återkoppling to a kommun: everything heard there (retracted contributions left out) and where each contribution
 * went: the proposals citing it, their status, and the programme focus areas they are placed in.
 */
public record MunicipalityFeedbackView(String code, String name, long heard, long inProposals,
                                       Map<ContributionKind, Long> heardByKind, List<Heard> contributions,
                                       List<ProposalEntry> proposals) {

    public record Heard(String contributionId, String visitId, LocalDate visitDate, ContributionKind kind,
                        Sector sector, String text, Instant recordedAt, List<String> proposalIds) {
    }

    public record ProposalEntry(String proposalId, String title, ProposalStatus status, int citedContributions,
                                List<Placement> placements) {
    }

    public record Placement(String programmeId, String programmeName, ProgrammeStatus programmeStatus,
                            String focusAreaId, String focusAreaName) {
    }
}
