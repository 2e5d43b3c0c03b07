package se.nyskapa.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record VisitScheduled(String visitId, String municipalityCode, LocalDate date, String venue,
                             List<String> hosts, Instant scheduledAt) implements VisitEvent {
}
