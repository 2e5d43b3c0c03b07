package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AmendContribution(@TargetAggregateIdentifier String visitId, String contributionId, String text) {
}
