package se.nyskapa.query.municipality;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.municipality.FindMunicipality;
import se.nyskapa.municipality.ListMunicipalities;
import se.nyskapa.municipality.MunicipalityList;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.query.web.NotFoundException;

@RestController
@RequestMapping("/api/municipalities")
@Validated
@Tag(name = "Municipalities")
class MunicipalityQueryController {

    private final QueryGateway queries;

    MunicipalityQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The region's kommuner with their visit and contribution counts")
    MunicipalityList municipalities() {
        return queries.query(new ListMunicipalities(), MunicipalityList.class).join();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A kommun's profile with one page (50) of its needs, newest first")
    MunicipalityView municipality(@PathVariable String code,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page) {
        return queries.query(new FindMunicipality(code, page), ResponseTypes.optionalInstanceOf(MunicipalityView.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("code", "no kommun with code " + code));
    }
}
