package se.nyskapa.region;

/** A theme a region starts its taxonomy with. */
public record SeedTheme(String themeId, String name) {
}
