package se.nyskapa.search;

/** The themes that a text most likely belongs to, judged from the contributions already tagged. */
public record SuggestThemes(String text) {
}
