package se.nyskapa.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;
import java.util.Map;

/**
 * A request to the API that no endpoint takes, an unknown path under {@code /api/} or a method its path does not
 * have, is answered like every other refusal of the API: problem+json naming the {@code path} or the {@code method},
 * instead of Spring Boot's error JSON (whose problem details give way to the API's own exception handlers). Pages and
 * files outside {@code /api/} are left to Boot, which answers a browser with its error page: rethrown, the exception
 * goes on to Spring's default handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmatchedRequests {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> unknownPath(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!isApi(request)) {
            throw e;
        }
        return problem(HttpStatus.NOT_FOUND, "Not found", "path", "the API has no " + request.getRequestURI(),
                       new HttpHeaders());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> unknownMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "method",
                       e.getMethod() + " is not one of " + e.getSupportedHttpMethods(), headers);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String field,
                                                         String message, HttpHeaders headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + message);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .body(problem);
    }
}
