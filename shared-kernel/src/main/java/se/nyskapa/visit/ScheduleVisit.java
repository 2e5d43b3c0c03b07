package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record ScheduleVisit(@TargetAggregateIdentifier String visitId, String municipalityCode, LocalDate date,
                            String venue, List<String> hosts) {
}
