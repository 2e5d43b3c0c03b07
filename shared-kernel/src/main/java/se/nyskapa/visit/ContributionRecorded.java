package se.nyskapa.visit;

import java.time.Instant;

/**
 * @param recordedAt when the server accepted it
 * @param feedback   added after the first release: {@code null} in events stored before it and for every kind but
 *                   {@link ContributionKind#FEEDBACK}
 * @param loggedAt   added after the feedback: when the device it was logged on took it down, as that device's clock
 *                   said; {@code null} in events stored before it and when the client did not say
 */
public record ContributionRecorded(String visitId, String municipalityCode, String contributionId,
                                   ContributionKind kind, String text, Sector sector, Instant recordedAt,
                                   ProposalFeedback feedback, Instant loggedAt)
        implements ContributionEvent {

    public ContributionRecorded(String visitId, String municipalityCode, String contributionId, ContributionKind kind,
                                String text, Sector sector, Instant recordedAt, ProposalFeedback feedback) {
        this(visitId, municipalityCode, contributionId, kind, text, sector, recordedAt, feedback, null);
    }

    public ContributionRecorded(String visitId, String municipalityCode, String contributionId, ContributionKind kind,
                                String text, Sector sector, Instant recordedAt) {
        this(visitId, municipalityCode, contributionId, kind, text, sector, recordedAt, null, null);
    }
}
