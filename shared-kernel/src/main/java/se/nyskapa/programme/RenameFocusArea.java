package se.nyskapa.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameFocusArea(@TargetAggregateIdentifier String programmeId, String focusAreaId, String name) {
}
