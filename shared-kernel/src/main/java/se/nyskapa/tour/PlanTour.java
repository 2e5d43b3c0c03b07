package se.nyskapa.tour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record PlanTour(@TargetAggregateIdentifier String tourId, String name, LocalDate startDate, LocalDate endDate) {
}
