package se.nyskapa.query.export;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.nyskapa.region.Region;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.ContributionKind;

/** The exports, with their filters: a form that downloads without JavaScript, and shows progress with it. */
@Controller
class ExportPageController {

    private final QueryGateway queries;
    private final Region region;
    private final Contributions contributions;

    ExportPageController(QueryGateway queries, Region region, Contributions contributions) {
        this.queries = queries;
        this.region = region;
        this.contributions = contributions;
    }

    @GetMapping("/exports")
    String exports(Model model) {
        model.addAttribute("kommuner", region.municipalities());
        model.addAttribute("themes", queries.query(new ListThemes(), ThemeList.class).join().themes().stream()
                                            .filter(theme -> theme.status() != ThemeStatus.MERGED).toList());
        model.addAttribute("kinds", ContributionKind.values());
        model.addAttribute("total", contributions.expected(ContributionFilter.all()));
        return "exports";
    }
}
