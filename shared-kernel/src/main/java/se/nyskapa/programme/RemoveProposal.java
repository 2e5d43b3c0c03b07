package se.nyskapa.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveProposal(@TargetAggregateIdentifier String programmeId, String proposalId) {
}
