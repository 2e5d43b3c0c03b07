package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A new proposal takes part of {@code proposalId}'s evidence with it; the rest stays. */
public record SplitProposal(@TargetAggregateIdentifier String proposalId, String newProposalId, String title,
                            String description, String themeId, List<String> evidence) {
}
