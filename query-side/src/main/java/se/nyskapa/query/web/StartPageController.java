package se.nyskapa.query.web;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.nyskapa.municipality.ListMunicipalities;
import se.nyskapa.municipality.MunicipalityList;

/** The start page: the three areas of the web application, and what has been heard in each kommun so far. */
@Controller
class StartPageController {

    private final QueryGateway queries;

    StartPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String start(Model model) {
        MunicipalityList region = queries.query(new ListMunicipalities(), MunicipalityList.class).join();
        model.addAttribute("region", region);
        model.addAttribute("contributions",
                           region.municipalities().stream().mapToLong(MunicipalityList.Entry::contributionCount).sum());
        return "start";
    }
}
