package se.nyskapa.query.tour;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.ListMunicipalities;
import se.nyskapa.municipality.MunicipalityList;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.region.Region;
import se.nyskapa.tour.FindTourProgress;
import se.nyskapa.tour.ListTours;
import se.nyskapa.tour.TourList;
import se.nyskapa.tour.TourProgressView;
import se.nyskapa.query.web.NotFoundPage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Staff's way in: the tours with their progress per kommun, every visit, and the forms to plan a tour and schedule a
 * visit. The pages read through the queries the JSON API uses; the forms write through {@code /api} from the browser.
 */
@Controller
class TourPageController {

    private static final NotFoundPage MISSING = new NotFoundPage(
            "staff.tour.missing.title", "staff.tour.missing.text", "/tours", "staff.tours.back");

    private final QueryGateway queries;
    private final Region region;

    TourPageController(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    @GetMapping("/tours")
    String tours(Model model) {
        model.addAttribute("tours", queries.query(new ListTours(), TourList.class).join().tours());
        model.addAttribute("visits", visitsPerMunicipality());
        model.addAttribute("municipalities", region.municipalities());
        return "tours";
    }

    @GetMapping("/tours/{tourId}")
    String tour(@PathVariable String tourId, Model model, HttpServletResponse response) {
        TourProgressView tour = queries.query(new FindTourProgress(tourId),
                                              ResponseTypes.optionalInstanceOf(TourProgressView.class))
                                       .join().orElse(null);
        if (tour == null) {
            return MISSING.show(tourId, model, response);
        }
        model.addAttribute("tour", tour);
        model.addAttribute("municipalities", region.municipalities());
        return "tour";
    }

    /** A kommun's visits, newest first; kommuner without visits are left out. */
    record MunicipalityVisits(String code, String name, List<MunicipalityView.VisitEntry> visits) {
    }

    /** The kommun profiles list their visits; only the kommuner that have any are read. */
    private List<MunicipalityVisits> visitsPerMunicipality() {
        return queries.query(new ListMunicipalities(), MunicipalityList.class).join().municipalities().stream()
                      .filter(municipality -> municipality.visitCount() > 0)
                      .map(municipality -> queries.query(new FindMunicipality(municipality.code(), 0),
                                                         ResponseTypes.optionalInstanceOf(MunicipalityView.class))
                                                  .join())
                      .flatMap(Optional::stream)
                      .map(view -> new MunicipalityVisits(view.code(), view.name(), view.visits().stream().sorted(
                              Comparator.comparing(MunicipalityView.VisitEntry::date).reversed()).toList()))
                      .toList();
    }
}
