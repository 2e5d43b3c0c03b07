package se.nyskapa.visit;

import java.time.Instant;

public record ContributionRecorded(String visitId, String municipalityCode, String contributionId,
                                   ContributionKind kind, String text, Sector sector, Instant recordedAt)
        implements VisitEvent {
}
