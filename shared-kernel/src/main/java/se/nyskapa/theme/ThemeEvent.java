package se.nyskapa.theme;

/** Everything that happens to a region's theme taxonomy. */
public sealed interface ThemeEvent permits ThemeDefined, ThemeRenamed, ThemeMerged, ThemeRetired {

    String taxonomyId();

    String themeId();
}
