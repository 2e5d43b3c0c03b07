package se.nyskapa.theme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireTheme(@TargetAggregateIdentifier String taxonomyId, String themeId) {
}
