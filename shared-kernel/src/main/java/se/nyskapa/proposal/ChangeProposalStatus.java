package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeProposalStatus(@TargetAggregateIdentifier String proposalId, ProposalStatus status, String note) {
}
