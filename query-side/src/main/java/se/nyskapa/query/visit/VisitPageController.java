package se.nyskapa.query.visit;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.nyskapa.region.Region;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.FindVisit;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitSummary;
import se.nyskapa.visit.VisitView;
import se.nyskapa.query.web.NotFoundPage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A visit's page, made for speed at a workshop: what has been logged (each entry amended, retracted or re-tagged in
 * place), the form to log the next, who took part, and the summary that concludes the visit. The page only reads; it
 * writes through the same {@code /api} commands scripts use, from the browser.
 */
@Controller
class VisitPageController {

    private static final NotFoundPage MISSING = new NotFoundPage(
            "visit.missing.title", "visit.missing.text", "/", "visit.missing.start");

    /** Feedback on a draft proposal names the proposal and a stance; it is logged through the API for now. */
    private static final List<ContributionKind> LOGGED_HERE = List.of(ContributionKind.NEED, ContributionKind.IDEA,
                                                                      ContributionKind.OPPORTUNITY,
                                                                      ContributionKind.RESOURCE);
    /** The summary's seven reflections, in the region's order: the fields of {@code VisitSummary}. */
    private static final List<String> REFLECTIONS = List.of("done", "gained", "learned", "wisestNext", "needs",
                                                            "nextStep", "strengths");

    private final QueryGateway queries;
    private final Region region;

    VisitPageController(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    @GetMapping("/visits/{visitId}")
    String visit(@PathVariable String visitId, Model model, HttpServletResponse response) {
        VisitView visit = queries.query(new FindVisit(visitId), ResponseTypes.optionalInstanceOf(VisitView.class))
                                 .join().orElse(null);
        if (visit == null) {
            return MISSING.show(visitId, model, response);
        }
        ThemeList themes = queries.query(new ListThemes(), ThemeList.class).join();
        model.addAttribute("visit", visit);
        model.addAttribute("kinds", LOGGED_HERE);
        model.addAttribute("sectors", Sector.values());
        // a contribution tagged before its theme was merged or retired still shows the theme's name
        model.addAttribute("themeNames", themes.names());
        model.addAttribute("activeThemes", themes.themes().stream().filter(theme -> theme.status() == ThemeStatus.ACTIVE)
                                                 .toList());
        model.addAttribute("zone", region.zone());
        model.addAttribute("reflections", REFLECTIONS);
        model.addAttribute("summary", summaryFields(visit));
        model.addAttribute("personal", visit.contributions().stream().collect(Collectors.toMap(
                VisitView.ContributionView::contributionId, PersonalOnPage::of, (a, b) -> a)));
        return "visit";
    }

    private static Map<String, String> summaryFields(VisitView visit) {
        if (visit.summary() == null) {
            return Map.of();
        }
        VisitSummary summary = visit.summary();
        List<String> values = Arrays.asList(summary.done(), summary.gained(), summary.learned(),
                                         summary.wisestNext(), summary.needs(), summary.nextStep(),
                                         summary.strengths());
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < REFLECTIONS.size(); i++) {
            if (values.get(i) != null) {
                fields.put(REFLECTIONS.get(i), values.get(i));
            }
        }
        return fields;
    }
}
