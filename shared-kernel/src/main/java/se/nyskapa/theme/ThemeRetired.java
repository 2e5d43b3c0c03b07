package se.nyskapa.theme;

import java.time.Instant;

/** No longer offered for tagging; what was tagged with it keeps its tag. */
public record ThemeRetired(String taxonomyId, String themeId, Instant retiredAt) implements ThemeEvent {
}
