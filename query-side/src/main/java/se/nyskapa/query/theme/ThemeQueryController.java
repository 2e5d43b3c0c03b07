package se.nyskapa.query.theme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.query.web.NotFoundException;
import se.nyskapa.theme.FindTheme;
import se.nyskapa.theme.FindThemeMatrix;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeMatrixView;
import se.nyskapa.theme.ThemeView;

@RestController
@RequestMapping("/api/themes")
@Tag(name = "Themes")
class ThemeQueryController {

    private final QueryGateway queries;

    ThemeQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Every theme of the region, merged and retired ones included, with its live contributions")
    ThemeList themes() {
        return queries.query(new ListThemes(), ThemeList.class).join();
    }

    @GetMapping("/matrix")
    @Operation(summary = "The theme × kommun matrix: live contributions per theme and kommun, by kind")
    ThemeMatrixView matrix() {
        return queries.query(new FindThemeMatrix(), ThemeMatrixView.class).join();
    }

    @GetMapping("/{themeId}")
    @Operation(summary = "One theme: its counts per kommun and kind, its contributions (newest first), its proposals")
    ThemeView theme(@PathVariable String themeId) {
        return queries.query(new FindTheme(themeId), ResponseTypes.optionalInstanceOf(ThemeView.class)).join()
                      .orElseThrow(() -> new NotFoundException("themeId", "no theme with id " + themeId));
    }
}
