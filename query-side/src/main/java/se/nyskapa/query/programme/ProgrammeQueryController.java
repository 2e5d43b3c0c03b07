package se.nyskapa.query.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.programme.DraftPoint;
import se.nyskapa.programme.FindProgrammeDiff;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeSummaryAsOf;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.ListProgrammes;
import se.nyskapa.programme.ProgrammeDiffView;
import se.nyskapa.programme.ProgrammeList;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.query.web.InvalidParameterException;
import se.nyskapa.query.web.NotFoundException;

import java.time.Instant;

@RestController
@RequestMapping("/api/programmes")
@Validated
@Tag(name = "Programmes")
class ProgrammeQueryController {

    private final QueryGateway queries;

    ProgrammeQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Every programme with its status and number of published versions")
    ProgrammeList programmes() {
        return queries.query(new ListProgrammes(), ProgrammeList.class).join();
    }

    @GetMapping("/{programmeId}/summary")
    @Operation(summary = "The programme draft for leadership: focus areas, proposals, kommuner covered and not; "
            + "with asOf, the draft as it stood at that instant, computed from the events")
    ProgrammeSummaryView summary(@PathVariable String programmeId,
                                 @Parameter(description = "an instant, e.g. 2015-11-20T12:00:00Z")
                                 @RequestParam(required = false) Instant asOf) {
        if (asOf == null) {
            return live(programmeId);
        }
        return queries.query(new FindProgrammeSummaryAsOf(programmeId, asOf),
                             ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("programmeId", "there was no programme with id "
                              + programmeId + " at " + asOf));
    }

    @GetMapping("/{programmeId}/diff")
    @Operation(summary = "What changed in the draft between two points: proposals added, removed, moved between "
            + "focus areas or changed, and focus areas added, removed or renamed")
    ProgrammeDiffView diff(@PathVariable String programmeId,
                           @Parameter(description = "a published version number or an instant")
                           @RequestParam String from,
                           @Parameter(description = "a published version number or an instant; left out: the live "
                                   + "draft") @RequestParam(required = false) String to) {
        ProgrammeSummaryView live = live(programmeId);
        DraftPoint start = DraftPoints.parse("from", from, live);
        DraftPoint end = to == null ? DraftPoint.live() : DraftPoints.parse("to", to, live);
        if (DraftPoints.instant(start, live).isAfter(DraftPoints.instant(end, live))) {
            throw new InvalidParameterException("from", "must not be later than to");
        }
        return queries.query(new FindProgrammeDiff(programmeId, start, end), ProgrammeDiffView.class).join();
    }

    private ProgrammeSummaryView live(String programmeId) {
        return queries.query(new FindProgrammeSummary(programmeId),
                             ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("programmeId", "no programme with id " + programmeId));
    }

    @GetMapping("/{programmeId}/versions/{version}")
    @Operation(summary = "A published version of the draft, as it stood when it was published")
    ProgrammeSummaryView version(@PathVariable String programmeId,
                                 @PathVariable @Min(1) @Max(100_000) int version) {
        return queries.query(new FindProgrammeVersion(programmeId, version),
                             ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("version", "programme " + programmeId
                              + " has no published version " + version));
    }
}
