package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordContribution(@TargetAggregateIdentifier String visitId, String contributionId,
                                 ContributionKind kind, String text, Sector sector) {
}
