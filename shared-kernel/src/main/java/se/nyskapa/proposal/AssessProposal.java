package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssessProposal(@TargetAggregateIdentifier String proposalId, Integer impact, Integer feasibility,
                             String rationale, String assessedBy) {
}
