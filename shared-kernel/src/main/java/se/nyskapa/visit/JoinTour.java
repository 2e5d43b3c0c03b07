package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record JoinTour(@TargetAggregateIdentifier String visitId, String tourId) {
}
