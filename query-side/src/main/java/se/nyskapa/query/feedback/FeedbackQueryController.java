package se.nyskapa.query.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.feedback.FindMunicipalityFeedback;
import se.nyskapa.feedback.MunicipalityFeedbackView;
import se.nyskapa.query.web.NotFoundException;

@RestController
@Tag(name = "Municipalities")
class FeedbackQueryController {

    private final QueryGateway queries;

    FeedbackQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/municipalities/{code}/feedback")
    @Operation(summary = "Återkoppling: what was heard in the kommun and where it went (proposals, focus areas)")
    MunicipalityFeedbackView feedback(@PathVariable String code) {
        return queries.query(new FindMunicipalityFeedback(code),
                             ResponseTypes.optionalInstanceOf(MunicipalityFeedbackView.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("code", "no kommun with code " + code));
    }
}
