package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record TagContribution(@TargetAggregateIdentifier String visitId, String contributionId,
                              List<String> themeIds) {
}
