package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * @param feedback for a {@link ContributionKind#FEEDBACK} contribution, the proposal it is about and the stance
 * @param loggedAt when the device it was logged on took it down (it may reach the server much later, after a time
 *                 offline), or {@code null} when the client does not say
 */
public record RecordContribution(@TargetAggregateIdentifier String visitId, String contributionId,
                                 ContributionKind kind, String text, Sector sector, ProposalFeedback feedback,
                                 Instant loggedAt) {

    public RecordContribution(String visitId, String contributionId, ContributionKind kind, String text,
                              Sector sector, ProposalFeedback feedback) {
        this(visitId, contributionId, kind, text, sector, feedback, null);
    }

    public RecordContribution(String visitId, String contributionId, ContributionKind kind, String text,
                              Sector sector) {
        this(visitId, contributionId, kind, text, sector, null, null);
    }
}
