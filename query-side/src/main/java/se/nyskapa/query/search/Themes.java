package se.nyskapa.query.search;

import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeStatus;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The region's themes as the theme projection has them now, for following merges when searching and exporting: a tag
 * on a merged theme counts under the theme it went into, as in the theme matrix.
 */
public final class Themes {

    private final Map<String, ThemeList.Entry> byId;

    public Themes(ThemeList themes) {
        this.byId = themes.themes().stream().collect(Collectors.toMap(ThemeList.Entry::themeId, Function.identity()));
    }

    public Optional<ThemeList.Entry> find(String themeId) {
        return Optional.ofNullable(byId.get(themeId));
    }

    /** The theme's name, or its id for a theme the projection does not know (yet). */
    public String name(String themeId) {
        return find(themeId).map(ThemeList.Entry::name).orElse(themeId);
    }

    /** The theme a tag on {@code themeId} counts under now. */
    String resolve(String themeId) {
        String current = themeId;
        Set<String> seen = new HashSet<>();
        while (seen.add(current) && byId.containsKey(current) && byId.get(current).mergedInto() != null) {
            current = byId.get(current).mergedInto();
        }
        return current;
    }

    /** The themes each tag counts under now, each once, in the order of the tags. */
    public List<String> resolve(List<String> themeIds) {
        Set<String> resolved = new LinkedHashSet<>();
        themeIds.forEach(themeId -> resolved.add(resolve(themeId)));
        return List.copyOf(resolved);
    }

    /** The theme and every theme merged into it, directly or through others: a tag on any of them counts for it. */
    Set<String> withMergedInto(String themeId) {
        Set<String> members = new LinkedHashSet<>();
        members.add(themeId);
        byId.keySet().stream().sorted().filter(id -> mergesThrough(id, themeId)).forEach(members::add);
        return members;
    }

    /** The active themes: neither retired nor merged into another. */
    List<ThemeList.Entry> active() {
        return byId.values().stream().filter(theme -> theme.status() == ThemeStatus.ACTIVE)
                   .sorted(Comparator.comparing(ThemeList.Entry::themeId)).toList();
    }

    private boolean mergesThrough(String from, String to) {
        String current = from;
        Set<String> seen = new HashSet<>();
        while (seen.add(current) && byId.containsKey(current) && byId.get(current).mergedInto() != null) {
            current = byId.get(current).mergedInto();
            if (current.equals(to)) {
                return true;
            }
        }
        return false;
    }
}
