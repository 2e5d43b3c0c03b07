package se.nyskapa.theme;

import java.util.List;

public record ThemeList(List<Entry> themes) {

    public record Entry(String themeId, String name, ThemeStatus status, String mergedInto, long contributionCount) {
    }
}
