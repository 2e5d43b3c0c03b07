package se.nyskapa.visit;

import java.time.Instant;

/**
 * @param feedback added after the first release: {@code null} in events stored before it and for every kind but
 *                 {@link ContributionKind#FEEDBACK}
 */
public record ContributionRecorded(String visitId, String municipalityCode, String contributionId,
                                   ContributionKind kind, String text, Sector sector, Instant recordedAt,
                                   ProposalFeedback feedback)
        implements ContributionEvent {

    public ContributionRecorded(String visitId, String municipalityCode, String contributionId, ContributionKind kind,
                                String text, Sector sector, Instant recordedAt) {
        this(visitId, municipalityCode, contributionId, kind, text, sector, recordedAt, null);
    }
}
