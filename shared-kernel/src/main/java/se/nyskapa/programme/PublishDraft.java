package se.nyskapa.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishDraft(@TargetAggregateIdentifier String programmeId, String note) {
}
