package se.nyskapa.proposal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record NamePilotMunicipalities(@TargetAggregateIdentifier String proposalId, List<String> municipalityCodes) {
}
