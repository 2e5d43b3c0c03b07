package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param feedback for a {@link ContributionKind#FEEDBACK} contribution, the proposal it is about and the stance */
public record RecordContribution(@TargetAggregateIdentifier String visitId, String contributionId,
                                 ContributionKind kind, String text, Sector sector, ProposalFeedback feedback) {

    public RecordContribution(String visitId, String contributionId, ContributionKind kind, String text,
                              Sector sector) {
        this(visitId, contributionId, kind, text, sector, null);
    }
}
