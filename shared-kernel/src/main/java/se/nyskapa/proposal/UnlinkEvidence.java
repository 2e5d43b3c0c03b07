package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnlinkEvidence(@TargetAggregateIdentifier String proposalId, String contributionId) {
}
