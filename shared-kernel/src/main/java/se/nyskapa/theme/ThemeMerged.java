package se.nyskapa.theme;

import java.time.Instant;

/** Everything tagged with {@code themeId} counts from now on under {@code intoThemeId}; no tag is rewritten. */
public record ThemeMerged(String taxonomyId, String themeId, String intoThemeId, Instant mergedAt)
        implements ThemeEvent {
}
