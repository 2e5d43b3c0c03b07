package se.nyskapa.visit;

import java.time.Instant;

public record VisitReopened(String visitId, String municipalityCode, Instant reopenedAt) implements VisitEvent {
}
