package se.nyskapa.visit;

import se.nyskapa.proposal.Stance;

/** What a {@link ContributionKind#FEEDBACK} contribution says about a proposal: the kommun's stance on it. */
public record ProposalFeedback(String proposalId, Stance stance) {
}
