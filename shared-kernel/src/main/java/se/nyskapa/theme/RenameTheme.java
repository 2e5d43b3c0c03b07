package se.nyskapa.theme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameTheme(@TargetAggregateIdentifier String taxonomyId, String themeId, String name) {
}
