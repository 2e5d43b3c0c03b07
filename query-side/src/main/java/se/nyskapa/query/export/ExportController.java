package se.nyskapa.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.query.web.InvalidParameterException;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.visit.ContributionKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;

/**
 * Every live contribution as CSV or JSON, streamed visit by visit as it is read (never built whole in memory). The
 * expected number of rows is sent first, in {@code X-Total-Count}, so a client can show progress; the JSON array ends a
 * line after each contribution for the same reason. The file names are fixed, so nothing a user typed reaches a header.
 */
@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports")
class ExportController {

    static final String TOTAL = "X-Total-Count";
    private static final String CSV_FILE = "nyskapa-inspel.csv";
    private static final String JSON_FILE = "nyskapa-inspel.json";

    private final Contributions contributions;
    private final Region region;
    private final JsonMapper json;

    ExportController(Contributions contributions, Region region, JsonMapper json) {
        this.contributions = contributions;
        this.region = region;
        this.json = json;
    }

    @GetMapping("/contributions.csv")
    @Operation(summary = "Every live contribution as CSV for Excel: UTF-8 with BOM, ';', CRLF, English column names; "
            + "cells a spreadsheet would take as formulas start with an apostrophe")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    void csv(@Parameter(description = "a kommun's code") @RequestParam(required = false) String municipality,
             @Parameter(description = "a theme; what was tagged with themes merged into it counts too")
             @RequestParam(required = false) String theme,
             @RequestParam(required = false) ContributionKind kind,
             HttpServletResponse response) throws IOException {
        ContributionFilter filter = filter(municipality, theme, kind);
        start(response, "text/csv;charset=UTF-8", CSV_FILE, filter);
        try (CsvExport csv = new CsvExport(response.getOutputStream(), region.zone())) {
            contributions.forEach(filter, csv::write, csv::flush);
        }
    }

    @GetMapping("/contributions.json")
    @Operation(summary = "Every live contribution as a JSON array, with a line break after each")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ExportedContribution[].class)))
    void json(@Parameter(description = "a kommun's code") @RequestParam(required = false) String municipality,
              @Parameter(description = "a theme; what was tagged with themes merged into it counts too")
              @RequestParam(required = false) String theme,
              @RequestParam(required = false) ContributionKind kind,
              HttpServletResponse response) throws IOException {
        ContributionFilter filter = filter(municipality, theme, kind);
        start(response, "application/json", JSON_FILE, filter);
        OutputStream out = response.getOutputStream();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            contributions.forEach(filter, contribution -> {
                generator.writePOJO(contribution);
                generator.writeRaw("\n");
            }, generator::flush);
            generator.writeEndArray();
        }
    }

    /** An empty parameter, as a form's "all" sends it, takes all. */
    private ContributionFilter filter(String municipalityParameter, String themeParameter, ContributionKind kind) {
        String municipality = municipalityParameter == null || municipalityParameter.isBlank() ? null
                : municipalityParameter;
        String theme = themeParameter == null || themeParameter.isBlank() ? null : themeParameter;
        if (municipality != null && region.municipality(municipality).isEmpty()) {
            throw new InvalidParameterException("municipality", "must be one of the region's kommun codes: "
                    + region.municipalities().stream().map(Municipality::code).collect(Collectors.joining(", ")));
        }
        if (theme != null && contributions.themes().find(theme).isEmpty()) {
            throw new InvalidParameterException("theme", "must be the id of one of the region's themes");
        }
        return new ContributionFilter(municipality, theme, kind);
    }

    private void start(HttpServletResponse response, String contentType, String file, ContributionFilter filter) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                           ContentDisposition.attachment().filename(file).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(TOTAL, Long.toString(contributions.expected(filter)));
    }
}
