package se.nyskapa.query.export;

import se.nyskapa.theme.ThemeList;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The region's themes as the theme projection has them now: a tag counts under the theme it was merged into. */
final class ThemeNames {

    private final Map<String, ThemeList.Entry> byId;

    ThemeNames(ThemeList themes) {
        this.byId = themes.themes().stream().collect(Collectors.toMap(ThemeList.Entry::themeId, Function.identity()));
    }

    Optional<ThemeList.Entry> find(String themeId) {
        return Optional.ofNullable(byId.get(themeId));
    }

    /** The themes the tags count under now, each once, in the order of the tags. */
    List<ExportedContribution.Theme> resolve(List<String> themeIds) {
        Set<String> resolved = new LinkedHashSet<>();
        themeIds.forEach(themeId -> resolved.add(resolve(themeId)));
        return resolved.stream()
                       .map(id -> new ExportedContribution.Theme(id, byId.containsKey(id) ? byId.get(id).name() : id))
                       .toList();
    }

    private String resolve(String themeId) {
        String current = themeId;
        Set<String> seen = new HashSet<>();
        while (seen.add(current) && byId.containsKey(current) && byId.get(current).mergedInto() != null) {
            current = byId.get(current).mergedInto();
        }
        return current;
    }
}
