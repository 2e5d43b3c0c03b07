package se.nyskapa.proposal;

import java.util.List;

public record ProposalList(List<Entry> proposals) {

    public record Entry(String proposalId, String title, String themeId, ProposalStatus status, int evidenceCount) {
    }
}
