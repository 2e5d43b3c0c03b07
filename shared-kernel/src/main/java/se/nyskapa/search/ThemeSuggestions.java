package se.nyskapa.search;

import java.util.List;

/** Suggested themes, most likely first. */
public record ThemeSuggestions(List<Suggestion> suggestions) {

    public ThemeSuggestions {
        suggestions = List.copyOf(suggestions);
    }

    /**
     * @param score        the sum, over the words the text shares with the theme's contributions, of the share of
     *                     the theme's contributions that use the word times how rare the word is among all
     *                     contributions
     * @param matchedWords the text's own words that the theme's contributions use, as written in the text, the
     *                     weightiest first
     * @param contributions the live contributions tagged with the theme (merged themes' included)
     */
    public record Suggestion(String themeId, String name, double score, List<String> matchedWords,
                             long contributions) {

        public Suggestion {
            matchedWords = List.copyOf(matchedWords);
        }
    }
}
