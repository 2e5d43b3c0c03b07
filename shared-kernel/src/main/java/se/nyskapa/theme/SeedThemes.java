package se.nyskapa.theme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.nyskapa.region.SeedTheme;

import java.util.List;

/** Defines those of the region's seed themes the taxonomy has never had; sent at every start. */
public record SeedThemes(@TargetAggregateIdentifier String taxonomyId, List<SeedTheme> themes) {
}
