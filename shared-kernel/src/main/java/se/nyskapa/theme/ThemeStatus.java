package se.nyskapa.theme;

public enum ThemeStatus {
    ACTIVE, MERGED, RETIRED
}
