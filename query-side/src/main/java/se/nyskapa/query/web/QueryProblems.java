package se.nyskapa.query.web;

import jakarta.validation.ConstraintViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Refusals of the query API as RFC 9457 problem+json with an {@code errors} array of {field, message}. */
@RestControllerAdvice(basePackages = "se.nyskapa.query")
class QueryProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameter(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field(), e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict with what is going on", e.field(), e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalid(ConstraintViolationException e) {
        var violation = e.getConstraintViolations().iterator().next();
        String path = violation.getPropertyPath().toString();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", path.substring(path.lastIndexOf('.') + 1),
                       violation.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        var result = e.getParameterValidationResults().get(0);
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", result.getMethodParameter().getParameterName(),
                       result.getResolvableErrors().get(0).getDefaultMessage());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String message;
        if (e.getRequiredType() == int.class || e.getRequiredType() == Integer.class) {
            message = "must be a whole number";
        } else if (e.getRequiredType() == Instant.class) {
            message = "must be an instant such as 2015-11-20T12:00:00Z";
        } else if (e.getRequiredType() != null && e.getRequiredType().isEnum()) {
            message = "must be one of " + Arrays.stream(e.getRequiredType().getEnumConstants()).map(String::valueOf)
                                                .collect(Collectors.joining(", "));
        } else {
            message = "has a value of the wrong type";
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getPropertyName(), message);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getParameterName(), "is required");
    }

    /**
     * Spring MVC's own refusals (an Accept the read cannot answer, a body type it does not take) get the errors array
     * too, naming the header or the part of the request at fault.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
            problem.setProperty("errors", List.of(Map.of(
                    "field", partAtFault(e),
                    "message", problem.getDetail() != null ? problem.getDetail() : problem.getTitle())));
        }
        return response;
    }

    private static String partAtFault(Exception e) {
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return HttpHeaders.ACCEPT;
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return HttpHeaders.CONTENT_TYPE;
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return "method";
        }
        return "request";
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(field + ": " + message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
