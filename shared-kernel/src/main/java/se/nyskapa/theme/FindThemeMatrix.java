package se.nyskapa.theme;

public record FindThemeMatrix() {
}
