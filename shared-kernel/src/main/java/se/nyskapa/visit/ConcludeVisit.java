package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConcludeVisit(@TargetAggregateIdentifier String visitId, VisitSummary summary) {
}
