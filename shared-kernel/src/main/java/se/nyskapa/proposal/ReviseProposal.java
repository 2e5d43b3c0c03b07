package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseProposal(@TargetAggregateIdentifier String proposalId, String title, String description,
                             String themeId) {
}
