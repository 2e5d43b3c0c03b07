package se.nyskapa.proposal;

import java.time.Instant;
import java.util.List;

/** Part of this proposal's evidence moved to the new proposal {@code newProposalId}. */
public record ProposalSplit(String proposalId, String newProposalId, List<String> movedEvidence, Instant splitAt)
        implements ProposalEvent {
}
