package se.nyskapa.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.history.FindHistory;
import se.nyskapa.history.HistoryView;
import se.nyskapa.id.Ids;
import se.nyskapa.query.web.NotFoundException;

@RestController
@RequestMapping("/api/history")
@Validated
@Tag(name = "History")
class HistoryQueryController {

    private static final String ID = Ids.PATTERN;
    private static final String ID_MESSAGE = Ids.RULE;

    private final QueryGateway queries;

    HistoryQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Every event about a visit, contribution, proposal, theme, tour or programme, oldest first, "
            + "100 a page: when, the event, who, and each field it changed from before to after")
    HistoryView history(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE)
                        @Parameter(description = "the id of a visit, contribution, proposal, theme, tour or programme")
                        String id,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page) {
        return queries.query(new FindHistory(id, page), ResponseTypes.optionalInstanceOf(HistoryView.class)).join()
                      .orElseThrow(() -> new NotFoundException(
                              "id", "no visit, contribution, proposal, theme, tour or programme with id " + id));
    }
}
