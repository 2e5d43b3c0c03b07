package se.nyskapa.visit;

import java.time.Instant;

public record ContributionRetracted(String visitId, String municipalityCode, String contributionId, String reason,
                                    Instant retractedAt) implements ContributionEvent {
}
