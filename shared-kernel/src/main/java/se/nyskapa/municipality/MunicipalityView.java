package se.nyskapa.municipality;

import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A kommun's profile: its visits, what was heard there (counts leave out retracted contributions),
 * who took part, one page of its needs, newest first, its themes, and the proposals its contributions support.
 */
public record MunicipalityView(String code, String name, int visitCount, long contributionCount,
                               List<VisitEntry> visits, Map<ContributionKind, Long> contributionsByKind,
                               Map<Sector, Long> contributionsBySector, Map<Sector, Integer> attendance,
                               NeedPage needs, List<ThemeCount> themes, List<SupportedProposal> proposals) {

    /** How many of the kommun's live contributions carry the theme. */
    public record ThemeCount(String themeId, String name, long contributions) {
    }

    /** A proposal that cites contributions heard in the kommun. */
    public record SupportedProposal(String proposalId, String title, ProposalStatus status, int citedContributions) {
    }

    public record VisitEntry(String visitId, LocalDate date, String venue, VisitStatus status,
                             long contributionCount) {
    }

    public record NeedPage(int page, int pageSize, long totalNeeds, int totalPages, List<Need> items) {
    }

    public record Need(String contributionId, String visitId, String text, Sector sector, Instant recordedAt,
                       Instant amendedAt) {
    }
}
