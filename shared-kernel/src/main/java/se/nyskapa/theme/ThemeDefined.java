package se.nyskapa.theme;

import java.time.Instant;

public record ThemeDefined(String taxonomyId, String themeId, String name, Instant definedAt) implements ThemeEvent {
}
