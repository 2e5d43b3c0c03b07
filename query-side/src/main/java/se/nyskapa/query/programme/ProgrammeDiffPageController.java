package se.nyskapa.query.programme;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.nyskapa.programme.DraftPoint;
import se.nyskapa.programme.FindProgrammeDiff;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.ProgrammeDiffView;
import se.nyskapa.programme.ProgrammeSummaryView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What changed between two published versions of a programme draft, or between a version and the live draft: the
 * query behind {@code /api/programmes/{id}/diff}, with a form to pick the two. Without a choice it compares the last
 * two versions.
 */
@Controller
class ProgrammeDiffPageController {

    private final QueryGateway queries;

    ProgrammeDiffPageController(QueryGateway queries) {
        this.queries = queries;
    }

    /** @param to a version number, or left out for the live draft */
    @GetMapping("/programmes/{programmeId}/diff")
    String diff(@PathVariable String programmeId, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Model model, HttpServletResponse response) {
        Optional<ProgrammeSummaryView> found = summary(new FindProgrammeSummary(programmeId));
        if (found.isEmpty()) {
            return ProgrammePageController.notFound(programmeId, model, response);
        }
        ProgrammeSummaryView live = found.get();
        int published = live.versions().size();
        model.addAttribute("live", live);
        if (published == 0) {
            return "programme-diff";
        }
        int start = from != null ? from : Math.max(1, published - 1);
        Integer end = from == null && to == null ? Integer.valueOf(published) : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        if (start < 1 || start > published || (end != null && (end < 1 || end > published))) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("problem", "leadership.diff.noSuchVersion");
            return "programme-diff";
        }
        if (end != null && end < start) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "leadership.diff.backwards");
            return "programme-diff";
        }
        ProgrammeDiffView diff = queries.query(new FindProgrammeDiff(programmeId, DraftPoint.version(start),
                                                                     end == null ? DraftPoint.live()
                                                                             : DraftPoint.version(end)),
                                               ProgrammeDiffView.class).join();
        model.addAttribute("diff", diff);
        model.addAttribute("areaNames", areaNames(programmeId, start, end, live));
        model.addAttribute("empty", diff.added().isEmpty() && diff.removed().isEmpty() && diff.moved().isEmpty()
                                    && diff.changed().isEmpty() && diff.focusAreas().isEmpty());
        return "programme-diff";
    }

    /** Focus areas by id, as either side named them (the later name wins), for the proposals that moved. */
    private Map<String, String> areaNames(String programmeId, int from, Integer to, ProgrammeSummaryView live) {
        Map<String, String> names = new LinkedHashMap<>();
        summary(new FindProgrammeVersion(programmeId, from)).ifPresent(s -> s.focusAreas().forEach(
                area -> names.put(area.focusAreaId(), area.name())));
        (to == null ? Optional.of(live) : summary(new FindProgrammeVersion(programmeId, to))).ifPresent(
                s -> s.focusAreas().forEach(area -> names.put(area.focusAreaId(), area.name())));
        return names;
    }

    private Optional<ProgrammeSummaryView> summary(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class)).join();
    }
}
