package se.nyskapa.query.theme;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.nyskapa.region.Region;
import se.nyskapa.theme.FindTheme;
import se.nyskapa.theme.FindThemeMatrix;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeMatrixView;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.theme.ThemeView;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.query.web.NotFoundPage;

import java.util.Comparator;
import java.util.List;

/**
 * The analysts' theme pages: the theme × kommun heat map, the curation list and one theme. They read with the queries
 * of {@code /api/themes}; curation writes through the theme commands from the browser.
 */
@Controller
class ThemePageController {

    private static final NotFoundPage MISSING = new NotFoundPage(
            "analysis.missing.theme", "analysis.missing.theme.text", "/analysis", "analysis.missing.back");

    private final QueryGateway queries;
    private final Region region;

    ThemePageController(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    @GetMapping("/analysis")
    String heatMap(Model model) {
        model.addAttribute("heatMap", HeatMap.of(queries.query(new FindThemeMatrix(), ThemeMatrixView.class).join()));
        model.addAttribute("levels", HeatMap.LEVELS);
        return "analysis";
    }

    @GetMapping("/themes")
    String themes(Model model) {
        List<ThemeList.Entry> themes = themeList();
        model.addAttribute("themes", themes);
        model.addAttribute("names", new ThemeList(themes).names());
        model.addAttribute("active", themes.stream().filter(t -> t.status() == ThemeStatus.ACTIVE).toList());
        return "themes";
    }

    @GetMapping("/themes/{themeId}")
    String theme(@PathVariable String themeId, Model model, HttpServletResponse response) {
        ThemeView theme = queries.query(new FindTheme(themeId), ResponseTypes.optionalInstanceOf(ThemeView.class))
                                 .join().orElse(null);
        if (theme == null) {
            return MISSING.show(themeId, model, response);
        }
        model.addAttribute("theme", theme);
        model.addAttribute("themeNames", new ThemeList(themeList()).names());
        model.addAttribute("municipalities", region.municipalityNames());
        model.addAttribute("rows", region.municipalities().stream()
                                         .filter(m -> theme.byMunicipality().containsKey(m.code())).toList());
        model.addAttribute("kinds", ContributionKind.values());
        model.addAttribute("zone", region.zone());
        return "theme";
    }

    private List<ThemeList.Entry> themeList() {
        return queries.query(new ListThemes(), ThemeList.class).join().themes().stream()
                      .sorted(Comparator.comparing(ThemeList.Entry::status)
                                        .thenComparing(ThemeList.Entry::name, String.CASE_INSENSITIVE_ORDER))
                      .toList();
    }
}
