package se.nyskapa.query.visit;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.FindVisit;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitView;

import java.util.List;

/**
 * A visit's logging page, made for speed at a workshop: what has been logged, and the form to log the next. The page
 * only reads; it writes through the same {@code /api} commands scripts use, from the browser.
 */
@Controller
class VisitPageController {

    /** Feedback on a draft proposal names the proposal and a stance; it is logged through the API for now. */
    private static final List<ContributionKind> LOGGED_HERE = List.of(ContributionKind.NEED, ContributionKind.IDEA,
                                                                      ContributionKind.OPPORTUNITY,
                                                                      ContributionKind.RESOURCE);

    private final QueryGateway queries;

    VisitPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/visits/{visitId}")
    String visit(@PathVariable String visitId, Model model, HttpServletResponse response) {
        VisitView visit = queries.query(new FindVisit(visitId), ResponseTypes.optionalInstanceOf(VisitView.class))
                                 .join().orElse(null);
        if (visit == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("visitId", visitId);
            return "visit-not-found";
        }
        model.addAttribute("visit", visit);
        model.addAttribute("kinds", LOGGED_HERE);
        model.addAttribute("sectors", Sector.values());
        return "visit";
    }
}
