package se.nyskapa.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
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
 * Refusals of the API that come before an endpoint's own problem handling, answered like every other: problem+json
 * naming the part at fault, instead of Spring Boot's error JSON (whose problem details give way to the API's own
 * exception handlers). An unknown path under {@code /api/} names the {@code path}, a method its path does not have the
 * {@code method}, parameters Tomcat cannot decode (a malformed %-escape, bytes that are not UTF-8) the {@code query}
 * (or the {@code body}, for a form).
 * Pages and files outside {@code /api/} are left to Boot, which answers a browser with its error page: rethrown, the
 * exception goes on to Spring's default handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class EarlyRefusals {

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

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException e, HttpServletRequest request) {
        if (!isApi(request)) {
            throw e;
        }
        // Spring reads a POSTed form's body through the parameters: then the body is at fault
        boolean form = request.getContentType() != null
                       && request.getContentType().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", form ? "body" : "query",
                       "cannot be read: a %-escape, or the bytes it stands for, is not UTF-8", new HttpHeaders());
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
