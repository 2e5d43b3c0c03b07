package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LinkEvidence(@TargetAggregateIdentifier String proposalId, String contributionId) {
}
