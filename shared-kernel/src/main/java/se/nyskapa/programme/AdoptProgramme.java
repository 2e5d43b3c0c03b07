package se.nyskapa.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AdoptProgramme(@TargetAggregateIdentifier String programmeId) {
}
