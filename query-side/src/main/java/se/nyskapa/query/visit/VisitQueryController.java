package se.nyskapa.query.visit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.query.web.NotFoundException;
import se.nyskapa.visit.FindVisit;
import se.nyskapa.visit.VisitView;

@RestController
@RequestMapping("/api/visits")
@Tag(name = "Visits (queries)")
class VisitQueryController {

    private final QueryGateway queries;

    VisitQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{visitId}")
    @Operation(summary = "A visit with its contributions (retracted ones marked), attendance and summary")
    VisitView visit(@PathVariable String visitId) {
        return queries.query(new FindVisit(visitId), ResponseTypes.optionalInstanceOf(VisitView.class)).join()
                      .orElseThrow(() -> new NotFoundException("visitId", "no visit " + visitId));
    }
}
