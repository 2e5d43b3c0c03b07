package se.nyskapa.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartProgramme(@TargetAggregateIdentifier String programmeId, String name, Integer horizonYear) {
}
