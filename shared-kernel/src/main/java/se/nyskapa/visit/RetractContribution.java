package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetractContribution(@TargetAggregateIdentifier String visitId, String contributionId, String reason) {
}
