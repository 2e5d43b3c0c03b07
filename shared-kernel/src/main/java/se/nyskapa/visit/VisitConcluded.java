package se.nyskapa.visit;

import java.time.Instant;

public record VisitConcluded(String visitId, String municipalityCode, VisitSummary summary, Instant concludedAt)
        implements VisitEvent {
}
