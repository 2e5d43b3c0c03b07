package se.nyskapa.query.municipality;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.region.Region;
import se.nyskapa.visit.Sector;
import se.nyskapa.query.web.NotFoundPage;

import java.util.Arrays;
import java.util.List;

/** A kommun's page for analysts: its profile as {@code /api/municipalities/{code}} gives it, needs 50 a page. */
@Controller
class MunicipalityPageController {

    private static final NotFoundPage MISSING = new NotFoundPage(
            "analysis.missing.municipality", "analysis.missing.municipality.text",
            "/analysis", "analysis.missing.back");

    /** As far as the API pages; a page beyond the last is simply empty. */
    private static final int LAST_PAGE = 1_000_000;

    private final QueryGateway queries;
    private final Region region;

    MunicipalityPageController(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    @GetMapping("/municipalities/{code}")
    String municipality(@PathVariable String code, @RequestParam(defaultValue = "0") String page, Model model,
                        HttpServletResponse response) {
        MunicipalityView kommun = queries.query(new FindMunicipality(code, pageNumber(page)),
                                                ResponseTypes.optionalInstanceOf(MunicipalityView.class))
                                         .join().orElse(null);
        if (kommun == null) {
            return MISSING.show(code, model, response);
        }
        model.addAttribute("kommun", kommun);
        model.addAttribute("sectors", Arrays.stream(Sector.values())
                                            .filter(s -> kommun.contributionsBySector().containsKey(s)
                                                         || kommun.attendance().containsKey(s))
                                            .toList());
        model.addAttribute("kinds", List.copyOf(kommun.contributionsByKind().keySet()));
        model.addAttribute("zone", region.zone());
        return "municipality";
    }

    /** A page number that is not one shows the first page, as a link with a mistyped number would expect. */
    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(LAST_PAGE, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
