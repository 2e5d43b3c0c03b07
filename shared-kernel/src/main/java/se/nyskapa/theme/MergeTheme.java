package se.nyskapa.theme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MergeTheme(@TargetAggregateIdentifier String taxonomyId, String themeId, String intoThemeId) {
}
