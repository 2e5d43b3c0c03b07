package se.nyskapa.proposal;

import java.time.Instant;

/** This proposal went into {@code intoProposalId}; its evidence lives on there. */
public record ProposalMerged(String proposalId, String intoProposalId, Instant mergedAt) implements ProposalEvent {
}
