package se.nyskapa.query.history;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.nyskapa.history.FindHistory;
import se.nyskapa.history.HistoryView;
import se.nyskapa.query.web.NotFoundPage;
import se.nyskapa.region.Region;
import tools.jackson.databind.JsonNode;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What happened to a visit, contribution, proposal, theme, tour or programme, and who did it: the history view of
 * {@code /api/history/{id}} as a page, 100 events a page, in the region's time.
 */
@Controller
class HistoryPageController {

    private static final NotFoundPage MISSING = new NotFoundPage("history.missing", "history.missing.text", "/",
                                                                 "error.back");

    private final QueryGateway queries;
    private final Region region;

    HistoryPageController(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    /** One event as the page shows it: its values as text, a text as itself and anything else as JSON. */
    record Row(ZonedDateTime at, String type, String user, HistoryView.Part part, List<Change> changes) {
    }

    record Change(String field, String before, String after) {
    }

    @GetMapping("/history/{id}")
    String history(@PathVariable String id, @RequestParam(defaultValue = "0") String page, Model model,
                   HttpServletResponse response) {
        int number = page.matches("\\d{1,7}") ? Integer.parseInt(page) : 0;
        HistoryView history = queries.query(new FindHistory(id, number),
                                            ResponseTypes.optionalInstanceOf(HistoryView.class)).join().orElse(null);
        if (history == null) {
            return MISSING.show(id, model, response);
        }
        model.addAttribute("history", history);
        model.addAttribute("rows", history.events().stream().map(this::row).toList());
        return "history";
    }

    private Row row(HistoryView.Entry entry) {
        return new Row(entry.at().atZone(region.zone()), entry.type(), entry.user(), entry.part(),
                       entry.changes().stream().map(change -> new Change(
                               change.field(), text(change.before()), text(change.after()))).toList());
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "" : value.isString() ? value.asString() : value.toString();
    }
}
