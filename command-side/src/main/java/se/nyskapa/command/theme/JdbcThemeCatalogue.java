package se.nyskapa.command.theme;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.nyskapa.command.lookup.LookupTable;
import se.nyskapa.command.lookup.LookupTables;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.theme.ThemeStatus;

import java.util.Optional;

@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
class JdbcThemeCatalogue implements ThemeCatalogue, LookupTable {

    private final JdbcClient jdbc;

    JdbcThemeCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS theme_catalogue (
                    theme_id VARCHAR(64) PRIMARY KEY,
                    status VARCHAR(16) NOT NULL,
                    merged_into VARCHAR(64)
                )""").update();
    }

    @Override
    public void drop() {
        jdbc.sql("DROP TABLE IF EXISTS theme_catalogue").update();
    }

    @Override
    public Optional<CataloguedTheme> find(String themeId) {
        return jdbc.sql("SELECT theme_id, status, merged_into FROM theme_catalogue WHERE theme_id = ?")
                   .param(themeId)
                   .query((row, n) -> new CataloguedTheme(row.getString(1), ThemeStatus.valueOf(row.getString(2)),
                                                          row.getString(3)))
                   .optional();
    }

    @EventHandler
    void on(ThemeDefined event) {
        jdbc.sql("INSERT INTO theme_catalogue (theme_id, status) VALUES (?, ?)")
            .params(event.themeId(), ThemeStatus.ACTIVE.name())
            .update();
    }

    @EventHandler
    void on(ThemeMerged event) {
        jdbc.sql("UPDATE theme_catalogue SET status = ?, merged_into = ? WHERE theme_id = ?")
            .params(ThemeStatus.MERGED.name(), event.intoThemeId(), event.themeId())
            .update();
    }

    @EventHandler
    void on(ThemeRetired event) {
        jdbc.sql("UPDATE theme_catalogue SET status = ? WHERE theme_id = ?")
            .params(ThemeStatus.RETIRED.name(), event.themeId())
            .update();
    }
}
