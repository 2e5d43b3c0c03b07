package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record DraftProposal(@TargetAggregateIdentifier String proposalId, String title, String description,
                            String themeId, List<String> evidence) {
}
