package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code mergedProposalId} goes into {@code proposalId}, with all its evidence. */
public record MergeProposals(@TargetAggregateIdentifier String proposalId, String mergedProposalId) {
}
