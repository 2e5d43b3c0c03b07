package se.nyskapa.theme;

public record ListThemes() {
}
