package se.nyskapa.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddFocusArea(@TargetAggregateIdentifier String programmeId, String focusAreaId, String name) {
}
