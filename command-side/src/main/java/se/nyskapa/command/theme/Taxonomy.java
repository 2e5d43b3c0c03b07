package se.nyskapa.command.theme;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.nyskapa.command.Require;
import se.nyskapa.region.SeedTheme;
import se.nyskapa.theme.DefineTheme;
import se.nyskapa.theme.MergeTheme;
import se.nyskapa.theme.RenameTheme;
import se.nyskapa.theme.RetireTheme;
import se.nyskapa.theme.SeedThemes;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.Outcome;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.nyskapa.rejection.RejectedException.conflict;
import static se.nyskapa.rejection.RejectedException.invalid;
import static se.nyskapa.rejection.RejectedException.notFound;

/**
 * A region's curated themes. One aggregate for the whole taxonomy, because its rules span themes: names are unique
 * among the active themes, and a merge needs both its themes in a known state. Curation is rare, so one aggregate
 * is no bottleneck.
 */
@Aggregate(cache = "taxonomyCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Taxonomy {

    /** Ids the query API reads as the names of its own views under /api/themes/, not as themes. */
    static final List<String> RESERVED_IDS = List.of("matrix", "suggestions");

    @AggregateIdentifier
    private String taxonomyId;
    private Map<String, Theme> themes = new LinkedHashMap<>();

    Taxonomy() {
        // for Axon
    }

    record Theme(String name, ThemeStatus status, String mergedInto) {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(DefineTheme command, Clock clock) {
        Require.id("themeId", command.themeId());
        if (RESERVED_IDS.contains(command.themeId())) {
            throw invalid("themeId", command.themeId() + " names a view of the themes; a theme needs another id");
        }
        Require.text("name", command.name(), Require.MAX_SHORT_TEXT);
        Theme existing = themes.get(command.themeId());
        if (existing != null) {
            if (existing.status() == ThemeStatus.ACTIVE && existing.name().equals(command.name())) {
                return Outcome.UNCHANGED;
            }
            throw conflict("themeId", "theme " + command.themeId() + " is already defined, as "
                    + describe(command.themeId(), existing));
        }
        requireNameFree(command.name(), null);
        apply(new ThemeDefined(command.taxonomyId(), command.themeId(), command.name(), clock.instant()));
        return Outcome.APPLIED;
    }

    /** Defines the region's seed themes this taxonomy has never had; a seed theme since renamed, merged or retired stays so. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(SeedThemes command, Clock clock) {
        boolean applied = false;
        for (SeedTheme seed : command.themes() == null ? List.<SeedTheme>of() : command.themes()) {
            if (!themes.containsKey(seed.themeId()) && nameFree(seed.name(), null)) {
                apply(new ThemeDefined(command.taxonomyId(), seed.themeId(), seed.name(), clock.instant()));
                applied = true;
            }
        }
        return applied ? Outcome.APPLIED : Outcome.UNCHANGED;
    }

    @CommandHandler
    public Outcome handle(RenameTheme command, Clock clock) {
        Theme theme = theme(command.themeId());
        Require.text("name", command.name(), Require.MAX_SHORT_TEXT);
        if (theme.name().equals(command.name())) {
            return Outcome.UNCHANGED;
        }
        if (theme.status() == ThemeStatus.MERGED) {
            throw conflict("themeId", describe(command.themeId(), theme) + "; rename " + theme.mergedInto());
        }
        requireNameFree(command.name(), command.themeId());
        apply(new ThemeRenamed(taxonomyId, command.themeId(), command.name(), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(MergeTheme command, Clock clock) {
        Theme theme = theme(command.themeId());
        Require.id("intoThemeId", command.intoThemeId());
        if (command.themeId().equals(command.intoThemeId())) {
            throw invalid("intoThemeId", "a theme cannot be merged into itself");
        }
        Theme into = themes.get(command.intoThemeId());
        if (into == null) {
            throw invalid("intoThemeId", "no theme with id " + command.intoThemeId());
        }
        if (theme.status() == ThemeStatus.MERGED) {
            if (command.intoThemeId().equals(theme.mergedInto())) {
                return Outcome.UNCHANGED;
            }
            throw conflict("themeId", describe(command.themeId(), theme));
        }
        if (into.status() != ThemeStatus.ACTIVE) {
            throw conflict("intoThemeId", "theme " + command.intoThemeId() + " is " + describe(command.intoThemeId(),
                                                                                               into));
        }
        apply(new ThemeMerged(taxonomyId, command.themeId(), command.intoThemeId(), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(RetireTheme command, Clock clock) {
        Theme theme = theme(command.themeId());
        if (theme.status() == ThemeStatus.RETIRED) {
            return Outcome.UNCHANGED;
        }
        if (theme.status() == ThemeStatus.MERGED) {
            throw conflict("themeId", describe(command.themeId(), theme));
        }
        apply(new ThemeRetired(taxonomyId, command.themeId(), clock.instant()));
        return Outcome.APPLIED;
    }

    @EventSourcingHandler
    void on(ThemeDefined event) {
        taxonomyId = event.taxonomyId();
        themes.put(event.themeId(), new Theme(event.name(), ThemeStatus.ACTIVE, null));
    }

    @EventSourcingHandler
    void on(ThemeRenamed event) {
        themes.computeIfPresent(event.themeId(), (id, theme) -> new Theme(event.name(), theme.status(), null));
    }

    @EventSourcingHandler
    void on(ThemeMerged event) {
        themes.computeIfPresent(event.themeId(),
                                (id, theme) -> new Theme(theme.name(), ThemeStatus.MERGED, event.intoThemeId()));
    }

    @EventSourcingHandler
    void on(ThemeRetired event) {
        themes.computeIfPresent(event.themeId(), (id, theme) -> new Theme(theme.name(), ThemeStatus.RETIRED, null));
    }

    private Theme theme(String themeId) {
        Theme theme = themes.get(themeId);
        if (theme == null) {
            throw notFound("themeId", "no theme with id " + themeId);
        }
        return theme;
    }

    private void requireNameFree(String name, String exceptThemeId) {
        if (!nameFree(name, exceptThemeId)) {
            throw conflict("name", "another active theme is already called " + name);
        }
    }

    private boolean nameFree(String name, String exceptThemeId) {
        return themes.entrySet().stream()
                     .filter(e -> !e.getKey().equals(exceptThemeId))
                     .filter(e -> e.getValue().status() == ThemeStatus.ACTIVE)
                     .noneMatch(e -> e.getValue().name().equalsIgnoreCase(name.strip()));
    }

    private static String describe(String themeId, Theme theme) {
        return switch (theme.status()) {
            case ACTIVE -> "'" + theme.name() + "'";
            case RETIRED -> "retired";
            case MERGED -> "merged into " + theme.mergedInto();
        };
    }
}
