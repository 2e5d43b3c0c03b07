package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReopenVisit(@TargetAggregateIdentifier String visitId) {
}
