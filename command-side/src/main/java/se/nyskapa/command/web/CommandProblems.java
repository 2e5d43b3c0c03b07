package se.nyskapa.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.nyskapa.command.config.ConcurrentAppend;
import se.nyskapa.rejection.RejectedException;
import se.nyskapa.rejection.Rejection;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every refusal of the command API as RFC 9457 problem+json with an {@code errors} array of {field, message}.
 * A client's mistake is never a 500.
 */
@RestControllerAdvice(basePackages = "se.nyskapa.command")
class CommandProblems extends ResponseEntityExceptionHandler {

    record FieldError(String field, String message) {
    }

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<Object> rejected(RejectedException e) {
        return rejection(e.rejection());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) {
        Optional<Rejection> rejection = e.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast);
        if (rejection.isPresent()) {
            return rejection(rejection.get());
        }
        if (e.getCause() instanceof RejectedException rejected) {
            return rejection(rejected.rejection());
        }
        throw e;
    }

    /** The thing the path names does not exist; the field is the path's first id. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownAggregate(AggregateNotFoundException e, HttpServletRequest request) {
        String field = idField(request);
        return problem(HttpStatus.NOT_FOUND, "Not found", List.of(new FieldError(
                field, "no " + field.replace("Id", "") + " with id " + e.getAggregateIdentifier())));
    }

    /**
     * Ids are chosen by clients and the event store keys its streams by id alone: an id that already holds another
     * kind of thing (a proposal under a visit's id) cannot be loaded as the kind the command is for.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<Object> idOfAnotherKind(IncompatibleAggregateException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "Id already in use",
                       List.of(new FieldError(idField(request), "this id is already used by something else")));
    }

    /**
     * Two commands claimed the same id at the same moment and a lookup table's key refused the second: two visits
     * the same contribution id, or two creations the same aggregate id.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> duplicateId(DataIntegrityViolationException e, HttpServletRequest request) {
        String field = request.getRequestURI().contains("/contributions/") ? "contributionId" : idField(request);
        return problem(HttpStatus.CONFLICT, "Id already in use",
                       List.of(new FieldError(field, "this id is already in use")));
    }

    /**
     * An id already used by another kind of thing, found only when the new stream's first event is stored (a proposal
     * split off under a visit's id): the event table's key refuses it, and the transaction stores nothing.
     */
    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<Object> idTakenInTheStore(EventStoreException e, HttpServletRequest request) {
        if (!ConcurrentAppend.violatesAKey(e)) {
            throw e;
        }
        String field = request.getRequestURI().endsWith("/splits") ? "newProposalId" : idField(request);
        return problem(HttpStatus.CONFLICT, "Id already in use",
                       List.of(new FieldError(field, "this id is already used by something else")));
    }

    /**
     * A command that kept losing the race for its aggregate to other instances' commands, through every retry
     * (see {@code CommandSideConfiguration#commandGateway}); nothing of it was stored.
     */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> changedMeanwhile(ConcurrencyException e, HttpServletRequest request) {
        ResponseEntity<Object> problem = problem(HttpStatus.CONFLICT, "Changed meanwhile", List.of(new FieldError(
                idField(request), "was being changed by other requests at the same time; send it again")));
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                             .header(HttpHeaders.RETRY_AFTER, "1").body(problem.getBody());
    }

    /** A new aggregate whose id another took first, through every retry: the id is someone else's. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> idTakenMeanwhile(AggregateStreamCreationException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "Id already in use",
                       List.of(new FieldError(idField(request), "this id is already used by something else")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidPath(ConstraintViolationException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList());
    }

    /**
     * A body that cannot be read names the field being read when it failed: a value of the wrong type, a number out
     * of range, bytes that are not UTF-8 in a text. Broken JSON (cut short, a missing comma) is the body's fault.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String message = unreadable(jackson);
            if (message != null) {
                List<String> path = jackson.getPath().stream()
                                           .map(ref -> ref.getPropertyName() != null
                                                   ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
                                           .toList();
                String field = path.stream().filter(name -> !name.isEmpty()).collect(Collectors.joining("."));
                if (path.get(path.size() - 1).isEmpty()) {
                    // {"": 1} names no field: the object that holds it is at fault
                    return problem(HttpStatus.BAD_REQUEST, "Invalid request", List.of(new FieldError(
                            field.isEmpty() ? "body" : field, "holds a field without a name")));
                }
                return problem(HttpStatus.BAD_REQUEST, "Invalid request", List.of(new FieldError(field, message)));
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
                       List.of(new FieldError("body", "the request body is not valid JSON")));
    }

    /** What is wrong with the field's value, or {@code null} when the fault is not the value's. */
    private static String unreadable(JacksonException e) {
        if (e instanceof InputCoercionException) {
            return "is a number out of range";
        }
        if (!(e instanceof DatabindException)) {
            return e.getOriginalMessage() != null && e.getOriginalMessage().contains("UTF-8")
                    ? "holds bytes that are not UTF-8" : null;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            if (type.isEnum()) {
                return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                                                 .collect(Collectors.joining(", "));
            }
            if (type == LocalDate.class) {
                return "must be a date written YYYY-MM-DD";
            }
            if (type == Integer.class || type == int.class) {
                return "must be a whole number";
            }
            return "must be a " + type.getSimpleName();
        }
        return "has a value of the wrong type";
    }

    /**
     * Spring MVC's own refusals (a body that is not JSON, a method the path does not take) get the errors array too,
     * naming the header or the part of the request at fault.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
            problem.setProperty("errors", List.of(new FieldError(
                    partAtFault(e), problem.getDetail() != null ? problem.getDetail() : problem.getTitle())));
        }
        return response;
    }

    private static String partAtFault(Exception e) {
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return HttpHeaders.CONTENT_TYPE;
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return HttpHeaders.ACCEPT;
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return "method";
        }
        return "request";
    }

    private static ResponseEntity<Object> rejection(Rejection rejection) {
        HttpStatus status = switch (rejection.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        String title = switch (rejection.reason()) {
            case INVALID -> "Invalid request";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict with the current state";
        };
        return problem(status, title, List.of(new FieldError(
                rejection.field() == null ? "body" : rejection.field(), rejection.message())));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                             .body(problem);
    }

    /** {@code /api/proposals/p1/...} names a {@code proposalId}. */
    private static String idField(HttpServletRequest request) {
        String[] path = request.getRequestURI().split("/");
        String collection = path.length > 2 ? path[2] : "";
        return switch (collection) {
            case "visits" -> "visitId";
            case "tours" -> "tourId";
            case "themes" -> "themeId";
            case "proposals" -> "proposalId";
            case "programmes" -> "programmeId";
            default -> "id";
        };
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
