package se.nyskapa.query.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.ListProgrammes;
import se.nyskapa.programme.ProgrammeList;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.query.web.NotFoundException;

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
    @Operation(summary = "The programme draft for leadership: focus areas, proposals, kommuner covered and not")
    ProgrammeSummaryView summary(@PathVariable String programmeId) {
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
