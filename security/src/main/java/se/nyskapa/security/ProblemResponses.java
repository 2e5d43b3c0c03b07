package se.nyskapa.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import se.nyskapa.security.account.TooManyLoginAttempts;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The API's answers to who may not: problem+json as every other refusal, naming what is missing. A 401 challenges
 * for HTTP Basic (and Bearer where tokens are taken); too many failed logins is a 429 with the wait.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String challenge;

    ProblemResponses(boolean bearer) {
        this.challenge = bearer ? "Basic realm=\"nyskapa\", Bearer" : "Basic realm=\"nyskapa\"";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof TooManyLoginAttempts tooMany) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "authorization", e.getMessage());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, HttpStatus.UNAUTHORIZED, "authorization",
              "sign in: HTTP Basic with a Nyskapa user, or a bearer token from the platform's identity provider");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "role", "your roles do not allow " + request.getMethod() + " "
                                                      + request.getRequestURI() + " (or no endpoint is there)");
    }

    static void write(HttpServletResponse response, HttpStatus status, String field, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of(
                "type", "about:blank",
                "title", status.getReasonPhrase(),
                "status", status.value(),
                "detail", message,
                "errors", List.of(Map.of("field", field, "message", message))));
    }
}
