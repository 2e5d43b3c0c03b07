package se.nyskapa.query.programme;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeSummaryAsOf;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.query.export.PdfDocuments;
import se.nyskapa.query.web.InvalidParameterException;
import se.nyskapa.query.web.NotFoundException;
import se.nyskapa.region.Region;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The programme draft as a PDF for the board's papers: now, as it stood at {@code asOf}, or a published version; the
 * same queries as the page.
 */
@Controller
class ProgrammePdfController {

    private final QueryGateway queries;
    private final PdfDocuments pdfs;
    private final RegionTimes times;
    private final Region region;

    ProgrammePdfController(QueryGateway queries, PdfDocuments pdfs, RegionTimes times, Region region) {
        this.queries = queries;
        this.pdfs = pdfs;
        this.times = times;
        this.region = region;
    }

    @GetMapping(value = "/programmes/{programmeId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String programmeId, @RequestParam(required = false) String asOf,
                               @RequestParam(required = false) Integer version, Locale locale) {
        ProgrammeSummaryView live = summary(new FindProgrammeSummary(programmeId))
                .orElseThrow(() -> new NotFoundException("programmeId", "no programme with id " + programmeId));
        Map<String, Object> model = new HashMap<>();
        ProgrammeSummaryView shown = live;
        if (version != null) {
            shown = summary(new FindProgrammeVersion(programmeId, version))
                    .orElseThrow(() -> new NotFoundException("version", "programme " + programmeId
                            + " has no published version " + version));
            model.put("version", version);
        } else if (asOf != null) {
            Instant instant;
            try {
                instant = times.parse(asOf).orElseThrow();
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("asOf", "must be an instant such as 2015-11-20T12:00:00Z");
            }
            shown = summary(new FindProgrammeSummaryAsOf(programmeId, instant)).orElse(null);
            model.put("asOf", instant);
        }
        model.put("live", live);
        model.put("programme", shown);
        model.put("tiles", TileMap.of(region, shown));
        model.put("printedAt", Instant.now());
        model.put("regionName", region.name());
        byte[] pdf = pdfs.render("pdf/programme", model, locale);
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                     .filename(programmeId + ".pdf").build().toString())
                             .body(pdf);
    }

    private Optional<ProgrammeSummaryView> summary(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class)).join();
    }
}
