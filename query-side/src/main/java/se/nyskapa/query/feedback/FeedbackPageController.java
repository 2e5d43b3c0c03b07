package se.nyskapa.query.feedback;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.nyskapa.feedback.FindMunicipalityFeedback;
import se.nyskapa.feedback.MunicipalityFeedbackView;
import se.nyskapa.query.export.PdfDocuments;
import se.nyskapa.query.web.NotFoundException;
import se.nyskapa.region.Region;
import se.nyskapa.query.web.NotFoundPage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Återkoppling to a kommun: what was heard there and where each contribution went, as a page made to print and as a
 * PDF from the same query as {@code /api/municipalities/{code}/feedback}.
 */
@Controller
class FeedbackPageController {

    private static final NotFoundPage MISSING = new NotFoundPage(
            "leadership.feedback.missing.title", "leadership.feedback.missing.text",
            "/programmes", "leadership.missing.list");

    private final QueryGateway queries;
    private final PdfDocuments pdfs;
    private final Region region;

    FeedbackPageController(QueryGateway queries, PdfDocuments pdfs, Region region) {
        this.queries = queries;
        this.pdfs = pdfs;
        this.region = region;
    }

    @GetMapping("/municipalities/{code}/feedback")
    String feedback(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<MunicipalityFeedbackView> feedback = find(code);
        if (feedback.isEmpty()) {
            return MISSING.show(code, model, response);
        }
        model.addAllAttributes(report(feedback.get()));
        return "feedback";
    }

    @GetMapping(value = "/municipalities/{code}/feedback.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String code, Locale locale) {
        MunicipalityFeedbackView feedback = find(code)
                .orElseThrow(() -> new NotFoundException("code", "no kommun with code " + code));
        byte[] pdf = pdfs.render("pdf/feedback", report(feedback), locale);
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                     .filename("aterkoppling-" + code + ".pdf").build().toString())
                             .body(pdf);
    }

    private Optional<MunicipalityFeedbackView> find(String code) {
        if (region.municipality(code).isEmpty()) {
            return Optional.empty();
        }
        return queries.query(new FindMunicipalityFeedback(code),
                             ResponseTypes.optionalInstanceOf(MunicipalityFeedbackView.class)).join();
    }

    /** What the page and the PDF show: the view, its contributions by visit, and its proposals by id. */
    private Map<String, Object> report(MunicipalityFeedbackView feedback) {
        Map<String, Object> model = new HashMap<>();
        model.put("feedback", feedback);
        model.put("visits", byVisit(feedback.contributions()));
        model.put("proposals", feedback.proposals().stream().collect(Collectors.toMap(
                MunicipalityFeedbackView.ProposalEntry::proposalId, Function.identity(), (a, b) -> a,
                LinkedHashMap::new)));
        model.put("regionName", region.name());
        model.put("printedAt", Instant.now());
        return model;
    }

    /** The contributions heard at one visit, in the order the view lists them. */
    public record VisitHeard(String visitId, LocalDate date, List<MunicipalityFeedbackView.Heard> heard) {
    }

    private static List<VisitHeard> byVisit(List<MunicipalityFeedbackView.Heard> heard) {
        Map<String, List<MunicipalityFeedbackView.Heard>> visits = new LinkedHashMap<>();
        heard.forEach(h -> visits.computeIfAbsent(h.visitId(), id -> new ArrayList<>()).add(h));
        return visits.values().stream()
                     .map(list -> new VisitHeard(list.get(0).visitId(), list.get(0).visitDate(), List.copyOf(list)))
                     .toList();
    }
}
