package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/** Replaces the visit's participant count per sector; sectors left out had no participants. */
public record RecordAttendance(@TargetAggregateIdentifier String visitId, Map<Sector, Integer> participants) {
}
