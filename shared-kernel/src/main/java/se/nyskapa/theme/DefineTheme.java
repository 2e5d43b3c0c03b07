package se.nyskapa.theme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param taxonomyId the region's code: each region curates its own themes */
public record DefineTheme(@TargetAggregateIdentifier String taxonomyId, String themeId, String name) {
}
