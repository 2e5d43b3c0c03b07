package se.nyskapa.command.theme;

import se.nyskapa.theme.ThemeStatus;

import java.util.Optional;

/** The region's themes and their state, for contributions and proposals that name one. */
public interface ThemeCatalogue {

    Optional<CataloguedTheme> find(String themeId);

    /** The theme a tag with {@code themeId} counts under today: itself, or the theme it was (last) merged into. */
    default Optional<CataloguedTheme> resolve(String themeId) {
        Optional<CataloguedTheme> theme = find(themeId);
        while (theme.isPresent() && theme.get().status() == ThemeStatus.MERGED) {
            theme = find(theme.get().mergedInto());
        }
        return theme;
    }

    record CataloguedTheme(String themeId, ThemeStatus status, String mergedInto) {
    }
}
