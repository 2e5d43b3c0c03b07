package se.nyskapa.theme;

import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One theme: what it holds now, per kommun and kind, the contributions under it and the proposals on it. */
public record ThemeView(String themeId, String name, ThemeStatus status, String mergedInto, List<String> mergedFrom,
                        long total, Map<String, Map<ContributionKind, Long>> byMunicipality,
                        List<Contribution> contributions, List<Proposal> proposals) {

    public record Contribution(String contributionId, String visitId, String municipalityCode, ContributionKind kind,
                               Sector sector, String text, Instant recordedAt) {
    }

    public record Proposal(String proposalId, String title, ProposalStatus status) {
    }
}
