package se.nyskapa.theme;

public record FindTheme(String themeId) {
}
