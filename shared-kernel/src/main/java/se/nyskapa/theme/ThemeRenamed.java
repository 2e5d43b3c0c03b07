package se.nyskapa.theme;

import java.time.Instant;

public record ThemeRenamed(String taxonomyId, String themeId, String name, Instant renamedAt) implements ThemeEvent {
}
