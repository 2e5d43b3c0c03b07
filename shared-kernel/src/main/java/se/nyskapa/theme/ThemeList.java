package se.nyskapa.theme;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public record ThemeList(List<Entry> themes) {

    /** Each theme's name by its id, merged and retired ones too: an old tag still shows the name it had. */
    public Map<String, String> names() {
        return themes.stream().collect(Collectors.toMap(Entry::themeId, Entry::name, (first, same) -> first));
    }

    public record Entry(String themeId, String name, ThemeStatus status, String mergedInto, long contributionCount) {
    }
}
