package se.nyskapa.query.tour;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.query.web.NotFoundException;
import se.nyskapa.tour.FindTourProgress;
import se.nyskapa.tour.ListTours;
import se.nyskapa.tour.TourList;
import se.nyskapa.tour.TourProgressView;

@RestController
@RequestMapping("/api/tours")
@Tag(name = "Tours (queries)")
class TourQueryController {

    private final QueryGateway queries;

    TourQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Every planned tour with its dates and number of visits, in start date order")
    TourList tours() {
        return queries.query(new ListTours(), TourList.class).join();
    }

    @GetMapping("/{tourId}")
    @Operation(summary = "A tour's progress: per kommun of the region, its visits planned, held and concluded")
    TourProgressView tour(@PathVariable String tourId) {
        return queries.query(new FindTourProgress(tourId), ResponseTypes.optionalInstanceOf(TourProgressView.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("tourId", "no tour " + tourId));
    }
}
